package dev.spindle.kernel.zmq;

import dev.spindle.kernel.protocol.Channel;
import dev.spindle.kernel.protocol.ConnectionInfo;
import dev.spindle.kernel.protocol.Decoded;
import dev.spindle.kernel.protocol.Message;
import dev.spindle.kernel.protocol.WireCodec;
import dev.spindle.kernel.transport.PublishQueue;
import dev.spindle.kernel.transport.RejectionListener;
import dev.spindle.kernel.transport.Transport;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/**
 * The kernel's five sockets on JeroMQ, bound to exactly the addresses of the connection file: shell, control and
 * stdin ROUTERs, the IOPub PUB and the heartbeat REP. Shell and control are used directly by the core's thread
 * for each; stdin, IOPub and the heartbeat each belong to a thread of their own here.
 */
public final class ZmqTransport implements Transport {

    private final ZContext context;
    private final WireCodec codec;
    private final RejectionListener rejections;
    private final ZMQ.Socket shell;
    private final ZMQ.Socket control;
    private final StdinSocket stdin;
    private final PublishQueue iopub;
    private final Heartbeat heartbeat;

    private ZmqTransport(ConnectionInfo connection, WireCodec codec, RejectionListener rejections) {
        this.codec = codec;
        this.rejections = rejections;
        this.context = new ZContext(1);
        context.setLinger(0);
        this.shell = bind(SocketType.ROUTER, connection.address(Channel.SHELL));
        this.control = bind(SocketType.ROUTER, connection.address(Channel.CONTROL));
        this.stdin = new StdinSocket(bind(SocketType.ROUTER, connection.address(Channel.STDIN)), codec, rejections);
        ZMQ.Socket pub = bind(SocketType.PUB, connection.address(Channel.IOPUB));
        this.iopub = new PublishQueue("spindle-iopub", message -> Frames.send(pub, codec.encode(message)));
        this.heartbeat = new Heartbeat(bind(SocketType.REP, connection.heartbeatAddress()));
    }

    /** Binds every socket and starts the stdin, IOPub and heartbeat threads. */
    public static ZmqTransport bind(ConnectionInfo connection, WireCodec codec, RejectionListener rejections) {
        ZmqTransport transport = new ZmqTransport(connection, codec, rejections);
        transport.stdin.start();
        transport.iopub.start();
        transport.heartbeat.start();
        return transport;
    }

    private ZMQ.Socket bind(SocketType type, String address) {
        ZMQ.Socket socket = context.createSocket(type);
        socket.setLinger(0);
        // A per-frame guard below the codec's whole-message limit, so one huge frame is never buffered.
        socket.setMaxMsgSize(WireCodec.MAX_MESSAGE_BYTES);
        socket.bind(address);
        return socket;
    }

    @Override
    public Optional<Message> receive(Channel channel, Duration timeout) throws InterruptedException {
        return switch (channel) {
            case SHELL -> receive(channel, shell, timeout);
            case CONTROL -> receive(channel, control, timeout);
            case STDIN -> stdin.receive(timeout);
            case IOPUB -> throw new IllegalArgumentException("the kernel does not receive on iopub");
        };
    }

    private Optional<Message> receive(Channel channel, ZMQ.Socket socket, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            int millis = (int) Math.max(0, Duration.ofNanos(deadline - System.nanoTime()).toMillis());
            Optional<List<byte[]>> frames = Frames.receive(socket, millis);
            if (frames.isEmpty()) {
                return Optional.empty();
            }
            switch (codec.decode(frames.get())) {
                case Decoded.Accepted(Message message) -> {
                    return Optional.of(message);
                }
                case Decoded.Rejected(var rejection) -> rejections.rejected(channel, rejection);
            }
        }
    }

    @Override
    public void send(Channel channel, Message message) {
        switch (channel) {
            case SHELL -> Frames.send(shell, codec.encode(message));
            case CONTROL -> Frames.send(control, codec.encode(message));
            case STDIN -> stdin.send(message);
            case IOPUB -> publish(message);
        }
    }

    @Override
    public void publish(Message message) {
        iopub.publish(message);
    }

    @Override
    public boolean flush(Duration timeout) throws InterruptedException {
        return iopub.flush(timeout);
    }

    /** Stops the socket threads, then closes every socket with linger 0: nothing holds the exit. */
    @Override
    public void close() {
        heartbeat.close();
        stdin.close();
        iopub.close();
        context.close();
    }
}
