package dev.spindle.grader.child;

import dev.spindle.grader.protocol.ChildEvent;
import dev.spindle.grader.protocol.EventCodec;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** The child's end of the private channel: a loopback socket opened with the parent's one-time token. */
final class EventSender {

    private final BufferedWriter out;

    private EventSender(BufferedWriter out) {
        this.out = out;
    }

    static EventSender connect(int port, String token) throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setTcpNoDelay(true);
        var writer = new BufferedWriter(new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8));
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
