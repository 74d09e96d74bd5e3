package spindle.exercises.reactor;

import java.io.IOException;
import java.util.concurrent.ThreadFactory;
import java.util.function.UnaryOperator;

/**
 * A line-based TCP server on one thread and one {@link java.nio.channels.Selector} — the reactor behind Tornado,
 * asyncio's selector loop, Netty and nginx, and the classic answer to C10K (C10K 问题).
 *
 * <p>Protocol: a client sends lines terminated by {@code '\n'} (UTF-8). For every complete line the server calls
 * {@code handler} with the line (without {@code '\n'}) and sends back the handler's result followed by {@code '\n'}.
 * A line may arrive in several pieces, and one read may bring several lines or a line and a half.
 *
 * <p>Rules: exactly one thread, created with the given factory, does all the accepting, reading, handling and
 * writing; no channel is ever in blocking mode; a slow client never delays the others.
 */
public final class ReactorServer implements AutoCloseable {

    /**
     * Binds {@code 127.0.0.1:port} ({@code 0} = any free port), then starts the event loop on one thread made by
     * {@code factory}.
     */
    public static ReactorServer start(int port, ThreadFactory factory, UnaryOperator<String> handler)
            throws IOException {
        throw new UnsupportedOperationException(
                "Implement ReactorServer.start(port, factory, handler): open a Selector and a non-blocking "
                        + "ServerSocketChannel on 127.0.0.1, run the event loop on factory.newThread(...)");
    }

    /** @return the port the server listens on */
    public int port() {
        throw new UnsupportedOperationException("Implement ReactorServer.port()");
    }

    /**
     * Stops the loop even if it is blocked in {@code select()}, closes every channel (clients see end of stream)
     * and returns once the loop thread has ended.
     */
    @Override
    public void close() {
        throw new UnsupportedOperationException(
                "Implement ReactorServer.close(): stop the loop (wake up select), close all channels, join the loop thread");
    }
}
