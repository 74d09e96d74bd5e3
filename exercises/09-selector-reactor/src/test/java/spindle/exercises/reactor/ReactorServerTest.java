package spindle.exercises.reactor;

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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadFactory;
import org.junit.jupiter.api.Test;

class ReactorServerTest {

    @Test
    void answersOneLine() {
        assertTimeoutPreemptively(Duration.ofSeconds(8), () -> {
            try (ReactorServer server = ReactorServer.start(0, new CountingFactory(), String::toUpperCase);
                 Client c = new Client(server.port())) {
                c.send("hello\n");
                assertEquals("HELLO", c.readLine());
                c.send("two\nlines\n");
                assertEquals("TWO", c.readLine());
                assertEquals("LINES", c.readLine());
            }
        });
    }

    /** 100 connections open at once, each with its own line; one factory thread runs every handler call. */
    @Test
    void hundredOpenConnectionsOneLoopThread() {
        assertTimeoutPreemptively(Duration.ofSeconds(9), () -> {
            CountingFactory factory = new CountingFactory();
            Set<Thread> handlerThreads = ConcurrentHashMap.newKeySet();
            try (ReactorServer server = ReactorServer.start(0, factory, line -> {
                handlerThreads.add(Thread.currentThread());
                return "echo:" + line;
            })) {
                List<Client> clients = new ArrayList<>();
                try {
                    for (int i = 0; i < 100; i++) {
                        clients.add(new Client(server.port()));
                    }
                    for (int i = 0; i < 100; i++) {
                        clients.get(i).send("client-" + i + "\n");
                    }
                    for (int i = 0; i < 100; i++) {
                        assertEquals("echo:client-" + i, clients.get(i).readLine(), "reply to client " + i);
                    }
                } finally {
                    for (Client c : clients) {
                        c.close();
                    }
                }
                assertEquals(1, factory.created.size(), "threads made by the factory");
                assertEquals(Set.of(factory.created.get(0)), handlerThreads,
                        "every handler call must run on the one loop thread");
            }
        });
    }

    /** Makes daemon threads and remembers them. */
    static final class CountingFactory implements ThreadFactory {
        final List<Thread> created = new CopyOnWriteArrayList<>();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = Thread.ofPlatform().daemon().name("reactor-" + created.size()).unstarted(r);
            created.add(t);
            return t;
        }
    }

    /** A blocking test client with a 3 s read timeout. */
    static final class Client implements AutoCloseable {
        final Socket socket;
        final BufferedReader in;
        final OutputStream out;

        Client(int port) throws IOException {
            socket = new Socket(InetAddress.getLoopbackAddress(), port);
            socket.setSoTimeout(3000);
            socket.setTcpNoDelay(true);
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
