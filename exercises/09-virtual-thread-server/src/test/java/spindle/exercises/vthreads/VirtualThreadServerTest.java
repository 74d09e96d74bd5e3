package spindle.exercises.vthreads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class VirtualThreadServerTest {

    @Test
    void answersLinesOnOneConnection() {
        assertTimeoutPreemptively(Duration.ofSeconds(8), () -> {
            try (VirtualThreadServer server = VirtualThreadServer.start(0, String::toUpperCase);
                 Client c = new Client(server.port())) {
                c.send("hello\nworld\n");
                assertEquals("HELLO", c.readLine());
                assertEquals("WORLD", c.readLine());
            }
        });
    }

    @Test
    void handlerRunsOnVirtualThreads() {
        assertTimeoutPreemptively(Duration.ofSeconds(8), () -> {
            AtomicInteger platform = new AtomicInteger();
            try (VirtualThreadServer server = VirtualThreadServer.start(0, s -> {
                if (!Thread.currentThread().isVirtual()) {
                    platform.incrementAndGet();
                }
                return s;
            })) {
                for (int i = 0; i < 5; i++) {
                    try (Client c = new Client(server.port())) {
                        c.send("x\n");
                        assertEquals("x", c.readLine());
                    }
                }
            }
            assertEquals(0, platform.get(), "handler calls on platform threads");
        });
    }

    /** A blocking test client with a 3 s read timeout. */
    static final class Client implements AutoCloseable {
        final Socket socket;
        final BufferedReader in;
        final OutputStream out;

        Client(int port) throws IOException {
            socket = new Socket(InetAddress.getLoopbackAddress(), port);
            socket.setSoTimeout(3000);
            in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            out = socket.getOutputStream();
        }

        void send(String s) throws IOException {
            out.write(s.getBytes(StandardCharsets.UTF_8));
            out.flush();
        }

        String readLine() throws IOException {
            return in.readLine();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
