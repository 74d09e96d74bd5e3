package dev.spindle.grader.run;

import dev.spindle.grader.protocol.ChildEvent;
import dev.spindle.grader.protocol.EventCodec;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;

/**
 * The parent's end of the private channel: a Unix socket (mounted into the sandbox; a network namespace cuts
 * TCP) that accepts the first connection presenting the one-time token, then collects events until the child
 * closes it or dies. Later connections are never read, so a token learnt later is worth nothing.
 */
final class EventChannel implements AutoCloseable {

    private static final int MAX_LINE_BYTES = 1 << 20;

    private final ServerSocketChannel server;
    private final Path socket;
    private final String token;
    private final List<ChildEvent> events = Collections.synchronizedList(new ArrayList<>());
    private volatile SocketChannel client;
    private Thread reader;

    private EventChannel(ServerSocketChannel server, Path socket, String token) {
        this.server = server;
        this.socket = socket;
        this.token = token;
    }

    /** @param socket a path in a folder the child can reach; the socket is made connectable by any uid */
    static EventChannel open(Path socket) throws IOException {
        byte[] secret = new byte[24];
        new SecureRandom().nextBytes(secret);
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket), 4);
        Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-rw-rw-"));
        return new EventChannel(server, socket, Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
    }

    Path socket() {
        return socket;
    }

    String token() {
        return token;
    }

    void startReading() {
        reader = Thread.ofPlatform().daemon().name("spindle-event-reader").start(this::acceptAndRead);
    }

    private void acceptAndRead() {
        byte[] expected = token.getBytes(StandardCharsets.UTF_8);
        while (server.isOpen()) {
            try {
                SocketChannel connection = server.accept();
                InputStream in = new BufferedInputStream(Channels.newInputStream(connection));
                String presented = readLine(in);
                if (presented == null || !MessageDigest.isEqual(expected, presented.getBytes(StandardCharsets.UTF_8))) {
                    connection.close();
                    continue;
                }
                client = connection;
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
        SocketChannel c = client;
        if (c != null) {
            c.close();
        }
        Files.deleteIfExists(socket);
    }
}
