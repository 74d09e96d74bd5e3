package dev.spindle.kernel.core;

import dev.spindle.kernel.protocol.Channel;
import dev.spindle.kernel.protocol.Header;
import dev.spindle.kernel.protocol.InputReply;
import dev.spindle.kernel.protocol.Message;
import dev.spindle.kernel.spi.InputUnavailableException;
import dev.spindle.kernel.transport.Transport;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Pairs each {@code input_request} the kernel sends with the {@code input_reply} that answers it. An interrupt or
 * a shutdown fails every pending request at once, so a cell blocked on input() never outlives either.
 */
public final class StdinBroker {

    private static final System.Logger LOG = System.getLogger(StdinBroker.class.getName());

    private final Transport transport;
    private final Map<String, CompletableFuture<String>> pending = new ConcurrentHashMap<>();
    private final AtomicInteger interrupts = new AtomicInteger();
    private volatile boolean closed;

    public StdinBroker(Transport transport) {
        this.transport = transport;
    }

    /** Counts interrupts, so a cell can tell whether it was interrupted since it started. */
    public int interruptCount() {
        return interrupts.get();
    }

    /** Sends {@code inputRequest} and waits for its reply, unless an interrupt after {@code sinceInterrupt} came. */
    public String exchange(Message inputRequest, int sinceInterrupt) throws InputUnavailableException {
        String id = inputRequest.header().msgId();
        CompletableFuture<String> answer = new CompletableFuture<>();
        pending.put(id, answer);
        try {
            if (closed) {
                throw new InputUnavailableException("the kernel is shutting down");
            }
            if (interrupts.get() != sinceInterrupt) {
                throw new InputUnavailableException("the cell was interrupted");
            }
            transport.send(Channel.STDIN, inputRequest);
            return answer.get();
        } catch (ExecutionException | CancellationException e) {
            throw new InputUnavailableException(closed ? "the kernel is shutting down" : "the cell was interrupted");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InputUnavailableException("the cell was interrupted");
        } finally {
            pending.remove(id);
        }
    }

    /** Hands an {@code input_reply} to the request it answers (its parent). */
    public void deliver(Message inputReply) {
        Header parent = inputReply.parentHeader();
        CompletableFuture<String> answer = parent == null ? null : pending.get(parent.msgId());
        if (answer == null && pending.size() == 1) {
            answer = pending.values().iterator().next();
        }
        if (answer == null) {
            LOG.log(System.Logger.Level.WARNING, "input_reply with no input_request waiting for it: dropped");
            return;
        }
        answer.complete(inputReply.contentAs(InputReply.class).value());
    }

    public void interruptAll() {
        interrupts.incrementAndGet();
        pending.values().forEach(answer -> answer.cancel(false));
    }

    public void close() {
        closed = true;
        interruptAll();
    }
}
