package dev.spindle.kernel.transport;

import dev.spindle.kernel.protocol.Channel;
import dev.spindle.kernel.protocol.Message;
import java.time.Duration;
import java.util.Optional;

/**
 * How the kernel core meets its clients, whatever carries the bytes.
 *
 * <p>Threading: {@code receive} and {@code send} on {@link Channel#SHELL} and {@link Channel#CONTROL} are called
 * only from the one thread that serves that channel (a ZeroMQ socket must stay on one thread). {@link
 * Channel#STDIN} and {@link #publish} may be used from any thread.
 */
public interface Transport extends AutoCloseable {

    /**
     * The next well-formed, correctly signed message on {@code channel}, waiting at most {@code timeout}
     * ({@link Duration#ZERO} only looks at what is already queued). Frames that fail to decode are reported to
     * the transport's {@link RejectionListener} and skipped.
     */
    Optional<Message> receive(Channel channel, Duration timeout) throws InterruptedException;

    /** Sends on shell, control or stdin, routed by {@link Message#identities()}. */
    void send(Channel channel, Message message);

    /** Queues a broadcast on IOPub; never blocks on the network. */
    void publish(Message message);

    /** Waits until everything published so far has left the kernel; false if {@code timeout} ran out first. */
    boolean flush(Duration timeout) throws InterruptedException;

    @Override
    void close();
}
