package dev.spindle.grader.child;

import dev.spindle.grader.protocol.ChildEvent;
import dev.spindle.grader.protocol.EventCodec;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The child's end of the private channel: a Unix socket (it crosses the network namespace, TCP would not)
 * opened with the parent's one-time token. The parent accepts only the first connection.
 */
final class EventSender {

    private final BufferedWriter out;

    private EventSender(BufferedWriter out) {
        this.out = out;
    }

    static EventSender connect(Path socket, String token) throws IOException {
        SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(socket));
        var writer = new BufferedWriter(new OutputStreamWriter(Channels.newOutputStream(channel), StandardCharsets.UTF_8));
        writer.write(token);
        writer.write('\n');
        writer.flush();
        return new EventSender(writer);
    }

    /** Flushed per event: the JVM may die at any moment and the parent must have everything sent so far. */
    synchronized void send(ChildEvent event) {
        try {
            out.write(EventCodec.encode(event));
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            // The parent stopped listening (it is killing us); nothing useful is left to do.
        }
    }
}
