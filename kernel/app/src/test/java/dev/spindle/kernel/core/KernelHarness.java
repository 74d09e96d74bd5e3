package dev.spindle.kernel.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spindle.kernel.protocol.Channel;
import dev.spindle.kernel.protocol.ClientSession;
import dev.spindle.kernel.protocol.Content;
import dev.spindle.kernel.protocol.JupyterClock;
import dev.spindle.kernel.protocol.Message;
import dev.spindle.kernel.protocol.MessageType;
import dev.spindle.kernel.protocol.Rejection;
import dev.spindle.kernel.protocol.WireCodec;
import dev.spindle.kernel.transport.InMemoryTransport;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** A kernel core on the in-memory transport, and the client end of it. */
final class KernelHarness implements AutoCloseable {

    static final String KEY = "test-key";
    private static final Duration WAIT = Duration.ofSeconds(5);

    final ScriptedInterpreter interpreter = new ScriptedInterpreter();
    final ClientSession client = new ClientSession(KEY, "client-1");
    final List<Rejection> rejections = new CopyOnWriteArrayList<>();
    final InMemoryTransport transport;
    final KernelCore core;
    final HistoryStore history;

    KernelHarness(Path historyDirectory) {
        this(historyDirectory, null);
    }

    /** {@code startGate}: the interpreter is still starting until the gate opens (null: ready at once). */
    KernelHarness(Path historyDirectory, java.util.concurrent.CountDownLatch startGate) {
        transport = new InMemoryTransport(WireCodec.withKey(KEY), (channel, rejection) -> rejections.add(rejection));
        history = new HistoryStore(historyDirectory);
        InterpreterHandle handle = startGate == null ? InterpreterHandle.ready(interpreter)
                : InterpreterHandle.startAsync(() -> {
                    try {
                        startGate.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return interpreter;
                });
        core = new KernelCore(transport, handle, history,
                new MessageFactory("kernel-session", "kernel", JupyterClock.system()),
                new KernelInfo("1.2.3", "https://example.org/readme"));
        core.start();
    }

    Message send(Channel channel, MessageType type, Content content) {
        Message request = client.request(type, content);
        transport.deliver(channel, client.frames(request));
        return request;
    }

    Message sendRaw(Channel channel, String msgType, Content content) {
        Message request = client.request(msgType, content, null);
        transport.deliver(channel, client.frames(request));
        return request;
    }

    Message next(Channel channel) throws InterruptedException {
        Optional<List<byte[]>> frames = transport.take(channel, WAIT);
        assertThat(frames).as("a message on " + channel).isPresent();
        return client.decode(frames.get());
    }

    Optional<Message> nextNow(Channel channel) throws InterruptedException {
        return transport.take(channel, Duration.ZERO).map(client::decode);
    }

    /** IOPub messages from the next one up to and including the idle whose parent is {@code request}. */
    List<Message> iopubThroughIdleOf(Message request) throws InterruptedException {
        List<Message> seen = new ArrayList<>();
        while (true) {
            Message message = next(Channel.IOPUB);
            seen.add(message);
            if (isStatus(message, "idle") && message.parentHeader() != null
                    && message.parentHeader().msgId().equals(request.header().msgId())) {
                return seen;
            }
        }
    }

    static boolean isStatus(Message message, String state) {
        return message.msgType().equals("status")
                && state.equals(ClientSession.fields(message).get("execution_state"));
    }

    static List<String> types(List<Message> messages) {
        return messages.stream().map(m -> m.msgType().equals("status")
                ? "status:" + ClientSession.fields(m).get("execution_state") : m.msgType()).toList();
    }

    @Override
    public void close() throws InterruptedException {
        interpreter.release();
        core.stop(Duration.ofSeconds(2));
    }
}
