package dev.spindle.grader.run;

import dev.spindle.grader.protocol.ChildEvent;
import dev.spindle.grader.protocol.EventCodec;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;

/**
 * The parent's end of the private channel: a loopback server socket that accepts the first connection
 * presenting the one-time token, then collects events until the child closes it or dies.
 */
final class EventChannel implements AutoCloseable {

    private static final int MAX_LINE_BYTES = 1 << 20;

    private final ServerSocket server;
    private final String token;
    private final List<ChildEvent> events = Collections.synchronizedList(new ArrayList<>());
    private volatile Socket client;
    private Thread reader;

    private EventChannel(ServerSocket server, String token) {
        this.server = server;
        this.token = token;
    }

    static EventChannel open() throws IOException {
        byte[] secret = new byte[24];
        new SecureRandom().nextBytes(secret);
        return new EventChannel(new ServerSocket(0, 4, InetAddress.getLoopbackAddress()),
                Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
    }

    int port() {
        return server.getLocalPort();
    }

    String token() {
        return token;
    }

    void startReading() {
        reader = Thread.ofPlatform().daemon().name("spindle-event-reader").start(this::acceptAndRead);
    }

    private void acceptAndRead() {
        byte[] expected = token.getBytes(StandardCharsets.UTF_8);
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                InputStream in = new BufferedInputStream(socket.getInputStream());
                String presented = readLine(in);
                if (presented == null || !MessageDigest.isEqual(expected, presented.getBytes(StandardCharsets.UTF_8))) {
                    socket.close();
                    continue;
                }
                client = socket;
                for (String line; (line = readLine(in)) != null; ) {
                    EventCodec.decode(line).ifPresent(events::add);
                }
                return;
            } catch (IOException e) {
                return;
            }
        }
    }

    /** Bounded so a misbehaving child cannot make the parent buffer an endless line. */
    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        boolean overflow = false;
        for (int b; (b = in.read()) >= 0; ) {
            if (b == '\n') {
                return overflow ? "" : line.toString(StandardCharsets.UTF_8);
            }
            if (line.size() < MAX_LINE_BYTES) {
                line.write(b);
            } else {
                overflow = true;
            }
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.UTF_8);
    }

    /** Waits for the child's last events after its process ended. */
    List<ChildEvent> awaitEvents(long millis) {
        try {
            if (client != null) {
                reader.join(millis);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (events) {
            return List.copyOf(events);
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        Socket c = client;
        if (c != null) {
            c.close();
        }
    }
}
