package spindle.exercises.vthreads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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

class VirtualThreadServerHiddenTest {

    /** 200 connections stay open the whole time; every one must be answered while all are open. */
    @Test
    void twoHundredConnectionsServedWhileAllStayOpen() {
        assertTimeoutPreemptively(Duration.ofSeconds(9), () -> {
            try (VirtualThreadServer server = VirtualThreadServer.start(0, s -> "ok:" + s)) {
                List<Client> clients = new ArrayList<>();
                try {
                    for (int i = 0; i < 200; i++) {
                        clients.add(new Client(server.port()));
                    }
                    for (int i = 0; i < 200; i++) {
                        clients.get(i).send("c" + i + "\n");
                    }
                    for (int i = 0; i < 200; i++) {
                        assertEquals("ok:c" + i, clients.get(i).readLine(), "reply to connection " + i);
                    }
                } finally {
                    for (Client c : clients) {
                        c.close();
                    }
                }
            }
        });
    }

    @Test
    void closeEndsOpenConnections() {
        assertTimeoutPreemptively(Duration.ofSeconds(8), () -> {
            VirtualThreadServer server = VirtualThreadServer.start(0, s -> s);
            try (Client idle = new Client(server.port())) {
                idle.send("ping\n");
                assertEquals("ping", idle.readLine());
                server.close();
                assertNull(idle.readLine(), "an open connection must see end of stream after close()");
            }
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
