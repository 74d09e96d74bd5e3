package spindle.exercises.vthreads;

import java.io.IOException;
import java.util.function.UnaryOperator;

/**
 * The other answer to C10K (C10K 问题, 协程部署方式): plain blocking, thread-per-connection code — on virtual threads.
 * A virtual thread that blocks in a socket read is unmounted from its carrier and parked; the JDK's poller (epoll on
 * Linux) mounts it again when data arrives. This is what gevent's monkey-patching does for Python, built into the JDK.
 *
 * <p>Protocol: as in the reactor exercise — for every {@code '\n'}-terminated UTF-8 line, reply with
 * {@code handler.apply(line) + "\n"}.
 */
public final class VirtualThreadServer implements AutoCloseable {

    /**
     * Binds {@code 127.0.0.1:port} (0 = any free port) with a backlog of at least 256, accepts connections on a
     * virtual thread and serves each connection on its <b>own virtual thread</b> with blocking I/O.
     */
    public static VirtualThreadServer start(int port, UnaryOperator<String> handler) throws IOException {
        throw new UnsupportedOperationException(
                "Implement VirtualThreadServer.start(port, handler): ServerSocket + a virtual thread per connection");
    }

    /** @return the bound port */
    public int port() {
        throw new UnsupportedOperationException("Implement VirtualThreadServer.port()");
    }

    /**
     * Stops accepting, closes every open connection (clients see end of stream) and waits until all connection
     * threads have ended.
     */
    @Override
    public void close() {
        throw new UnsupportedOperationException(
                "Implement VirtualThreadServer.close(): close the server socket and every client socket, then wait");
    }
}
