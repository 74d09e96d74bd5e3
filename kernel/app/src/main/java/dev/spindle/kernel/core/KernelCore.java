package dev.spindle.kernel.core;

import dev.spindle.kernel.protocol.Channel;
import dev.spindle.kernel.protocol.CommClose;
import dev.spindle.kernel.protocol.CommInfoReply;
import dev.spindle.kernel.protocol.CommOpen;
import dev.spindle.kernel.protocol.CompleteReply;
import dev.spindle.kernel.protocol.CompleteRequest;
import dev.spindle.kernel.protocol.Content;
import dev.spindle.kernel.protocol.ErrorReply;
import dev.spindle.kernel.protocol.ExecuteReply;
import dev.spindle.kernel.protocol.ExecuteRequest;
import dev.spindle.kernel.protocol.Header;
import dev.spindle.kernel.protocol.HistoryReply;
import dev.spindle.kernel.protocol.HistoryRequest;
import dev.spindle.kernel.protocol.InspectReply;
import dev.spindle.kernel.protocol.InspectRequest;
import dev.spindle.kernel.protocol.InterruptReply;
import dev.spindle.kernel.protocol.IsCompleteReply;
import dev.spindle.kernel.protocol.IsCompleteRequest;
import dev.spindle.kernel.protocol.Message;
import dev.spindle.kernel.protocol.MessageType;
import dev.spindle.kernel.protocol.ReplyStatus;
import dev.spindle.kernel.protocol.ShutdownReply;
import dev.spindle.kernel.protocol.ShutdownRequest;
import dev.spindle.kernel.protocol.Status.ExecutionState;
import dev.spindle.kernel.spi.Completeness;
import dev.spindle.kernel.spi.Completion;
import dev.spindle.kernel.spi.Inspection;
import dev.spindle.kernel.spi.InterruptCheck;
import dev.spindle.kernel.spi.Interpreter;
import dev.spindle.kernel.transport.Transport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The protocol semantics of the kernel, independent of sockets: one dispatch table and one {@link #dispatch}
 * that brackets every request, on every channel, with {@code busy} and {@code idle}.
 *
 * <p>Threads: shell, control and stdin are each served by a thread of their own, so interrupt and shutdown on
 * control work while a cell runs on shell. Only the shell thread calls the interpreter (except
 * {@link Interpreter#interrupt()}).
 *
 * <p>Choices where the spec leaves room: an unknown {@code msg_type} is logged and gets busy/idle but no
 * reply (as in ipykernel). A request on a channel that does not serve it gets busy/idle and, if its type has a
 * reply, a {@code status: error} reply with {@code ename: WrongChannel} on the channel it came on; it is never
 * run. After a failed cell with {@code stop_on_error}, only the {@code execute_request}s already queued on shell
 * are answered {@code aborted}; other queued requests are served normally. An interrupt also stops a cell whose
 * request the kernel had received but not yet started: it ends with an error, as a running cell would.
 */
public final class KernelCore {

    @FunctionalInterface
    private interface RequestHandler {
        /**
         * Serves the request; returns the reply content, or null for messages that take no reply.
         * {@code interrupts} fires if an interrupt came after the request was received.
         */
        Content handle(Channel channel, Message request, InterruptCheck interrupts);
    }

    private static final System.Logger LOG = System.getLogger(KernelCore.class.getName());
    private static final Duration POLL = Duration.ofMillis(100);

    private final Transport transport;
    private final InterpreterHandle interpreter;
    private final HistoryStore history;
    private final KernelInfo kernelInfo;
    private final MessageFactory messages;
    private final IopubPublisher iopub;
    private final ExecutionCounter counter = new ExecutionCounter();
    private final InterruptLedger interrupts = new InterruptLedger();
    private final StdinBroker stdin;
    private final ExecuteRequestHandler execute;
    private final Map<MessageType, RequestHandler> handlers = new EnumMap<>(MessageType.class);
    private final CompletableFuture<ShutdownRequest> shutdown = new CompletableFuture<>();
    private final List<Thread> loops = new ArrayList<>();
    private volatile boolean running;

    public KernelCore(Transport transport, InterpreterHandle interpreter, HistoryStore history,
                      MessageFactory messages, KernelInfo kernelInfo) {
        this.transport = transport;
        this.interpreter = interpreter;
        this.history = history;
        this.kernelInfo = kernelInfo;
        this.messages = messages;
        this.iopub = new IopubPublisher(transport, messages);
        this.stdin = new StdinBroker(transport);
        this.execute = new ExecuteRequestHandler(interpreter, counter, iopub, messages, stdin, history);

        handlers.put(MessageType.EXECUTE_REQUEST, (channel, request, interrupted) -> execute.handle(request, interrupted));
        handlers.put(MessageType.KERNEL_INFO_REQUEST, (channel, request, interrupted) -> kernelInfo.reply(interpreter));
        handlers.put(MessageType.COMPLETE_REQUEST, (channel, request, interrupted) -> complete(request));
        handlers.put(MessageType.INSPECT_REQUEST, (channel, request, interrupted) -> inspect(request));
        handlers.put(MessageType.IS_COMPLETE_REQUEST, (channel, request, interrupted) -> isComplete(request));
        handlers.put(MessageType.HISTORY_REQUEST, (channel, request, interrupted) -> history(request));
        handlers.put(MessageType.COMM_INFO_REQUEST, (channel, request, interrupted) -> new CommInfoReply(ReplyStatus.OK, Map.of()));
        handlers.put(MessageType.COMM_OPEN, (channel, request, interrupted) -> commOpen(request));
        handlers.put(MessageType.COMM_MSG, (channel, request, interrupted) -> ignoreUnknownComm(request));
        handlers.put(MessageType.COMM_CLOSE, (channel, request, interrupted) -> ignoreUnknownComm(request));
        handlers.put(MessageType.INTERRUPT_REQUEST, (channel, request, interrupted) -> interruptRequest());
        handlers.put(MessageType.SHUTDOWN_REQUEST, (channel, request, interrupted) -> shutdown(request));
    }

    /** Publishes {@code starting} and starts serving shell, control and stdin. */
    public void start() {
        running = true;
        iopub.status(null, ExecutionState.STARTING);
        for (Channel channel : List.of(Channel.CONTROL, Channel.SHELL, Channel.STDIN)) {
            Thread loop = Thread.ofPlatform().name("spindle-" + channel.wireName()).daemon()
                    .unstarted(() -> serveChannel(channel));
            loops.add(loop);
            loop.start();
        }
    }

    /** Completes once a {@code shutdown_request} has been answered and its {@code idle} published. */
    public CompletableFuture<ShutdownRequest> shutdownRequested() {
        return shutdown;
    }

    /**
     * Interrupts the running cell and any input it waits for, as {@code interrupt_request} does; also a cell
     * received and not yet started.
     */
    public void interrupt() {
        interrupts.interrupted();
        stdin.interruptAll();
        interpreter.interrupt();
    }

    /** Stops serving: fails pending input, interrupts the cell, and waits up to {@code timeout} for the loops. */
    public void stop(Duration timeout) throws InterruptedException {
        running = false;
        stdin.close();
        interpreter.interrupt();
        long deadline = System.nanoTime() + timeout.toNanos();
        for (Thread loop : loops) {
            loop.join(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
        }
    }

    private void serveChannel(Channel channel) {
        while (running) {
            try {
                Optional<Message> message = transport.receive(channel, POLL);
                if (message.isPresent()) {
                    route(channel, message.get(), interrupts.fromNow());
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "the " + channel.wireName() + " loop survived an error", e);
            }
        }
    }

    private void route(Channel channel, Message message, InterruptCheck interrupted) {
        if (channel == Channel.STDIN && message.type().orElse(null) == MessageType.INPUT_REPLY) {
            stdin.deliver(message);
        } else {
            dispatch(channel, message, interrupted);
        }
    }

    /** Serves one message between {@code busy} and {@code idle}, then whatever queued requests it left behind. */
    private void dispatch(Channel channel, Message message, InterruptCheck interrupted) {
        Header parent = message.header();
        iopub.status(parent, ExecutionState.BUSY);
        List<Message> queuedBehind = List.of();
        try {
            queuedBehind = handle(channel, message, interrupted);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "failed to serve " + message.msgType(), e);
        } finally {
            iopub.status(parent, ExecutionState.IDLE);
        }
        if (message.type().orElse(null) == MessageType.SHUTDOWN_REQUEST && channel != Channel.STDIN) {
            shutdown.complete(message.contentAs(ShutdownRequest.class));
        }
        for (Message queued : queuedBehind) {
            if (queued.type().orElse(null) == MessageType.EXECUTE_REQUEST) {
                abort(queued);
            } else {
                // only execute requests look at interrupts, and those queued here are aborted
                dispatch(Channel.SHELL, queued, InterruptCheck.NEVER);
            }
        }
    }

    /** Returns the shell requests drained to be aborted, when this one was a failed cell that stops on error. */
    private List<Message> handle(Channel channel, Message request, InterruptCheck interrupted) {
        Optional<MessageType> type = request.type();
        if (type.isEmpty()) {
            LOG.log(System.Logger.Level.WARNING, "unknown message type {0} on {1}: no reply",
                    request.msgType(), channel.wireName());
            return List.of();
        }
        if (!type.get().belongsOn(channel) || !handlers.containsKey(type.get())) {
            refuseWrongChannel(channel, request, type.get());
            return List.of();
        }
        Content reply;
        try {
            reply = handlers.get(type.get()).handle(channel, request, interrupted);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "failed to serve " + request.msgType(), e);
            reply = type.get().replyType().isPresent() ? errorReply(type.get(), e.getClass().getName(),
                    String.valueOf(e.getMessage())) : null;
        }
        if (reply != null) {
            transport.send(channel, messages.reply(request, type.get().replyType().orElseThrow(), reply));
        }
        return stopsOnError(request, reply) ? drainShell() : List.of();
    }

    private void refuseWrongChannel(Channel channel, Message request, MessageType type) {
        LOG.log(System.Logger.Level.WARNING, "{0} is not served on {1}: refused", type.wireName(), channel.wireName());
        type.replyType().ifPresent(replyType -> transport.send(channel, messages.reply(request, replyType,
                errorReply(type, "WrongChannel", type.wireName() + " is not served on the " + channel.wireName()
                        + " channel"))));
    }

    private ErrorReply errorReply(MessageType requestType, String ename, String evalue) {
        return ErrorReply.of(ename, evalue, requestType == MessageType.EXECUTE_REQUEST ? counter.current() : null);
    }

    private static boolean stopsOnError(Message request, Content reply) {
        return reply instanceof ExecuteReply executeReply && executeReply.status() == ReplyStatus.ERROR
                && request.contentAs(ExecuteRequest.class).stopOnError();
    }

    /** Takes what is already queued on shell, without waiting: later requests must not be aborted. */
    private List<Message> drainShell() {
        List<Message> queued = new ArrayList<>();
        try {
            Optional<Message> next;
            while ((next = transport.receive(Channel.SHELL, Duration.ZERO)).isPresent()) {
                queued.add(next.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return queued;
    }

    private void abort(Message request) {
        iopub.status(request.header(), ExecutionState.BUSY);
        try {
            transport.send(Channel.SHELL, messages.reply(request, MessageType.EXECUTE_REPLY, ExecuteReply.aborted()));
        } finally {
            iopub.status(request.header(), ExecutionState.IDLE);
        }
    }

    private Content complete(Message request) {
        CompleteRequest complete = request.contentAs(CompleteRequest.class);
        Completion completion = switch (interpreter.await()) {
            case InterpreterHandle.Availability.Ready(Interpreter ready) ->
                    ready.complete(complete.code(), complete.cursorPos());
            case InterpreterHandle.Availability.Unavailable unavailable -> Completion.none(complete.cursorPos());
        };
        return new CompleteReply(ReplyStatus.OK, completion.matches(), completion.cursorStart(),
                completion.cursorEnd(), completion.metadata());
    }

    private Content inspect(Message request) {
        InspectRequest inspect = request.contentAs(InspectRequest.class);
        Inspection inspection = switch (interpreter.await()) {
            case InterpreterHandle.Availability.Ready(Interpreter ready) ->
                    ready.inspect(inspect.code(), inspect.cursorPos(), inspect.detailLevel());
            case InterpreterHandle.Availability.Unavailable unavailable -> Inspection.notFound();
        };
        return new InspectReply(ReplyStatus.OK, inspection.found(), inspection.bundle().data(),
                inspection.bundle().metadata());
    }

    /** Never waits for a starting engine: the JupyterLab console gives up after 250 ms anyway. */
    private Content isComplete(Message request) {
        String code = request.contentAs(IsCompleteRequest.class).code();
        Completeness completeness = interpreter.ifReady()
                .map(ready -> ready.isComplete(code))
                .orElse(Completeness.of(Completeness.Status.UNKNOWN));
        return new IsCompleteReply(completeness.status().wireName(),
                completeness.status() == Completeness.Status.INCOMPLETE ? completeness.indent() : null);
    }

    private Content history(Message request) {
        return new HistoryReply(ReplyStatus.OK, HistoryLookup.answer(request.contentAs(HistoryRequest.class),
                history.readAll(), history.session()));
    }

    /** No comm targets are registered, so every comm_open is closed right away, as the spec asks. */
    private Content commOpen(Message request) {
        CommOpen open = request.contentAs(CommOpen.class);
        LOG.log(System.Logger.Level.INFO, "no comm target {0}: closing comm {1}", open.targetName(), open.commId());
        iopub.publish(request.header(), MessageType.COMM_CLOSE, new CommClose(open.commId(), Map.of()));
        return null;
    }

    private Content ignoreUnknownComm(Message request) {
        LOG.log(System.Logger.Level.DEBUG, "{0} for a comm that is not open: ignored", request.msgType());
        return null;
    }

    private Content interruptRequest() {
        interrupt();
        return new InterruptReply(ReplyStatus.OK);
    }

    private Content shutdown(Message request) {
        stdin.close();
        interpreter.interrupt();
        return new ShutdownReply(ReplyStatus.OK, request.contentAs(ShutdownRequest.class).restart());
    }
}
