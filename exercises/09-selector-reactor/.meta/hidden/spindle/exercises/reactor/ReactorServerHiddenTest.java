package spindle.exercises.reactor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

class ReactorServerHiddenTest {

    /** "a1\nhel" arrives in one write; the reply to a1 proves the server has read "hel" too. */
    @Test
    void lineSplitAcrossReadsIsJoined() {
        assertTimeoutPreemptively(Duration.ofSeconds(8), () -> {
            try (ReactorServer server = ReactorServer.start(0, new CountingFactory(), String::toUpperCase);
                 Client c = new Client(server.port())) {
                c.send("a1\nhel");
                assertEquals("A1", c.readLine());
                c.send("lo wor");
                c.send("ld\n");
                assertEquals("HELLO WORLD", c.readLine(), "the pieces of one line must be joined");
            }
        });
    }

    /** Client A stops in the middle of a line; client B must still be served. */
    @Test
    void slowClientDoesNotBlockOthers() {
        assertTimeoutPreemptively(Duration.ofSeconds(8), () -> {
            try (ReactorServer server = ReactorServer.start(0, new CountingFactory(), String::toUpperCase);
                 Client a = new Client(server.port());
                 Client b = new Client(server.port())) {
                a.send("a1\nhalf a line, and then sil");
                assertEquals("A1", a.readLine());
                b.send("b\n");
                assertEquals("B", b.readLine(), "B must not wait for A to finish its line");
                a.send("ence\n");
                assertEquals("HALF A LINE, AND THEN SILENCE", a.readLine());
            }
        }, "the loop got stuck on the slow client");
    }

    @Test
    void closeWakesAnIdleLoopAndClosesConnections() {
        assertTimeoutPreemptively(Duration.ofSeconds(8), () -> {
            CountingFactory factory = new CountingFactory();
            ReactorServer server = ReactorServer.start(0, factory, s -> s);
            try (Client c = new Client(server.port())) {
                c.send("ping\n");
                assertEquals("ping", c.readLine());
                Thread loop = factory.created.get(0);
                awaitBlockedInSelect(loop);
                server.close();
                loop.join(2000);
                assertFalse(loop.isAlive(), "the loop thread must end after close(), even while idle in select()");
                assertEquals(null, c.readLine(), "the client must see end of stream");
            }
        });
    }

    /**
     * Waits (3 s at most) until {@code loop} is inside the JDK's selector ({@code SelectorImpl.doSelect}), i.e. it has
     * checked its running flag and is blocked waiting for events. Then only a wake-up can get it out.
     */
    static void awaitBlockedInSelect(Thread loop) {
        long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        while (System.nanoTime() < deadline) {
            for (StackTraceElement e : loop.getStackTrace()) {
                if (e.getClassName().startsWith("sun.nio.ch.") && e.getMethodName().equals("doSelect")) {
                    return;
                }
            }
            Thread.onSpinWait();
        }
    }

    @Test
    void utf8LinesSurviveByteByByteDelivery() {
        assertTimeoutPreemptively(Duration.ofSeconds(8), () -> {
            try (ReactorServer server = ReactorServer.start(0, new CountingFactory(), s -> "[" + s + "]");
                 Client c = new Client(server.port())) {
                byte[] bytes = "协程 ok\n".getBytes(StandardCharsets.UTF_8);
                for (byte b : bytes) {
                    c.out.write(b);
                    c.out.flush();
                }
                assertEquals("[协程 ok]", c.readLine());
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
