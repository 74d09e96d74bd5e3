package dev.spindle.kernel.zmq;

import dev.spindle.kernel.protocol.Channel;
import dev.spindle.kernel.protocol.Decoded;
import dev.spindle.kernel.protocol.Message;
import dev.spindle.kernel.protocol.WireCodec;
import dev.spindle.kernel.transport.RejectionListener;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.zeromq.ZMQ;

/**
 * The stdin ROUTER, owned by one thread: input requests come from whichever thread runs a cell's input(), and
 * replies are awaited by the core's stdin thread. Outgoing messages wait at most one poll interval; a person
 * is typing at the other end, so 20 ms does not matter.
 */
final class StdinSocket implements AutoCloseable {

    private static final int POLL_MILLIS = 20;

    private final ZMQ.Socket socket;
    private final WireCodec codec;
    private final RejectionListener rejections;
    private final Queue<List<byte[]>> outgoing = new ConcurrentLinkedQueue<>();
    private final BlockingQueue<Message> incoming = new LinkedBlockingQueue<>();
    private final Thread thread;
    private volatile boolean running = true;

    StdinSocket(ZMQ.Socket socket, WireCodec codec, RejectionListener rejections) {
        this.socket = socket;
        this.codec = codec;
        this.rejections = rejections;
        this.thread = Thread.ofPlatform().name("spindle-stdin-socket").daemon().unstarted(this::pump);
    }

    StdinSocket start() {
        thread.start();
        return this;
    }

    void send(Message message) {
        outgoing.add(codec.encode(message));
    }

    Optional<Message> receive(Duration timeout) throws InterruptedException {
        return Optional.ofNullable(incoming.poll(timeout.toNanos(), TimeUnit.NANOSECONDS));
    }

    private void pump() {
        while (running) {
            List<byte[]> frames;
            while ((frames = outgoing.poll()) != null) {
                Frames.send(socket, frames);
            }
            Frames.receive(socket, POLL_MILLIS).ifPresent(received -> {
                switch (codec.decode(received)) {
                    case Decoded.Accepted(Message message) -> incoming.add(message);
                    case Decoded.Rejected(var rejection) -> rejections.rejected(Channel.STDIN, rejection);
                }
            });
        }
    }

    @Override
    public void close() {
        running = false;
        try {
            thread.join(Duration.ofMillis(10L * POLL_MILLIS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
