package dev.spindle.kernel.app;

import dev.spindle.kernel.protocol.Channel;
import dev.spindle.kernel.protocol.ClientSession;
import dev.spindle.kernel.protocol.Content;
import dev.spindle.kernel.protocol.Message;
import dev.spindle.kernel.protocol.MessageType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/** A Jupyter client on real JeroMQ sockets, as jupyter_client connects them (DEALERs, SUB, REQ). */
final class ZmqClient implements AutoCloseable {

    private static final int TIMEOUT_MILLIS = 5_000;

    final ClientSession session;
    private final ZContext context = new ZContext(1);
    private final ZMQ.Socket shell;
    private final ZMQ.Socket control;
    private final ZMQ.Socket iopub;
    private final ZMQ.Socket heartbeat;

    ZmqClient(String key, String shellAddress, String controlAddress, String iopubAddress, String hbAddress) {
        session = new ClientSession(key, "zmq-client");
        shell = connect(SocketType.DEALER, shellAddress);
        control = connect(SocketType.DEALER, controlAddress);
        iopub = connect(SocketType.SUB, iopubAddress);
        iopub.subscribe(new byte[0]);
        heartbeat = connect(SocketType.REQ, hbAddress);
    }

    private ZMQ.Socket connect(SocketType type, String address) {
        ZMQ.Socket socket = context.createSocket(type);
        socket.setLinger(0);
        socket.setReceiveTimeOut(TIMEOUT_MILLIS);
        if (type == SocketType.DEALER) {
            socket.setIdentity(session.identity());
        }
        socket.connect(address);
        return socket;
    }

    Message send(Channel channel, MessageType type, Content content) {
        return send(channel, session, type, content);
    }

    /** Sends a request signed by {@code signer}'s key (the DEALER adds the routing identity itself). */
    Message send(Channel channel, ClientSession signer, MessageType type, Content content) {
        Message request = signer.request(type, content);
        List<byte[]> frames = signer.frames(request);
        write(socket(channel), frames.subList(1, frames.size()));
        return request;
    }

    Optional<Message> receive(Channel channel, int timeoutMillis) {
        ZMQ.Socket socket = socket(channel);
        socket.setReceiveTimeOut(timeoutMillis);
        byte[] first = socket.recv(0);
        if (first == null) {
            return Optional.empty();
        }
        List<byte[]> frames = new ArrayList<>(List.of(first));
        while (socket.hasReceiveMore()) {
            frames.add(socket.recv(0));
        }
        return Optional.of(session.decode(frames));
    }

    Message receive(Channel channel) {
        return receive(channel, TIMEOUT_MILLIS).orElseThrow(() -> new AssertionError("nothing on " + channel));
    }

    /** Nudges with kernel_info until IOPub delivers, as jupyter_server does: PUB drops what it sends before. */
    void awaitIopub() {
        for (int attempt = 0; attempt < 50; attempt++) {
            send(Channel.SHELL, MessageType.KERNEL_INFO_REQUEST, new dev.spindle.kernel.protocol.KernelInfoRequest());
            receive(Channel.SHELL);
            if (receive(Channel.IOPUB, 200).isPresent()) {
                while (receive(Channel.IOPUB, 200).isPresent()) {
                    // drains the statuses of the nudges
                }
                return;
            }
        }
        throw new AssertionError("IOPub never delivered a message");
    }

    /** IOPub messages up to and including the idle whose parent is {@code request}. */
    List<Message> iopubThroughIdleOf(Message request) {
        List<Message> seen = new ArrayList<>();
        while (true) {
            Message message = receive(Channel.IOPUB);
            seen.add(message);
            if (message.msgType().equals("status") && message.parentHeader() != null
                    && message.parentHeader().msgId().equals(request.header().msgId())
                    && "idle".equals(ClientSession.fields(message).get("execution_state"))) {
                return seen;
            }
        }
    }

    byte[] ping(byte[] payload) {
        heartbeat.send(payload, 0);
        byte[] echo = heartbeat.recv(0);
        if (echo == null) {
            throw new AssertionError("no heartbeat echo");
        }
        return echo;
    }

    private ZMQ.Socket socket(Channel channel) {
        return switch (channel) {
            case SHELL -> shell;
            case CONTROL -> control;
            case IOPUB -> iopub;
            case STDIN -> throw new IllegalArgumentException("stdin is not connected in these tests");
        };
    }

    private static void write(ZMQ.Socket socket, List<byte[]> frames) {
        for (int i = 0; i < frames.size(); i++) {
            socket.send(frames.get(i), i < frames.size() - 1 ? ZMQ.SNDMORE : 0);
        }
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        context.close();
    }
}
