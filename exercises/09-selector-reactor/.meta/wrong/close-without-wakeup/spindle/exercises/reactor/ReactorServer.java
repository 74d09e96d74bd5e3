package spindle.exercises.reactor;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.concurrent.ThreadFactory;
import java.util.function.UnaryOperator;

/** Wrong: close() clears the running flag but never wakes the selector: an idle loop sleeps in select() for ever. */
public final class ReactorServer implements AutoCloseable {

    private static final class Conn {
        final ByteArrayOutputStream partial = new ByteArrayOutputStream();
        final ArrayDeque<ByteBuffer> out = new ArrayDeque<>();
    }

    private final Selector selector;
    private final ServerSocketChannel server;
    private final UnaryOperator<String> handler;
    private final Thread loop;
    private volatile boolean running = true;

    private ReactorServer(ThreadFactory factory, UnaryOperator<String> handler, int port) throws IOException {
        this.handler = handler;
        this.selector = Selector.open();
        this.server = ServerSocketChannel.open();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 256);
        server.configureBlocking(false);
        server.register(selector, SelectionKey.OP_ACCEPT);
        this.loop = factory.newThread(this::run);
    }

    public static ReactorServer start(int port, ThreadFactory factory, UnaryOperator<String> handler)
            throws IOException {
        ReactorServer s = new ReactorServer(factory, handler, port);
        s.loop.start();
        return s;
    }

    public int port() {
        return server.socket().getLocalPort();
    }

    private void run() {
        ByteBuffer buf = ByteBuffer.allocate(8192);
        try {
            while (running) {
                selector.select();
                Iterator<SelectionKey> it = selector.selectedKeys().iterator();
                while (it.hasNext()) {
                    SelectionKey key = it.next();
                    it.remove();
                    try {
                        if (!key.isValid()) {
                            continue;
                        }
                        if (key.isAcceptable()) {
                            accept();
                        }
                        if (key.isValid() && key.isReadable()) {
                            read(key, buf);
                        }
                        if (key.isValid() && key.isWritable()) {
                            flush(key);
                        }
                    } catch (IOException e) {
                        closeQuietly(key);
                    }
                }
            }
        } catch (IOException e) {
            // selector failed: fall through and close everything
        } finally {
            for (SelectionKey key : selector.keys()) {
                closeQuietly(key);
            }
            try {
                selector.close();
            } catch (IOException ignored) {
                // nothing left to do
            }
        }
    }

    private void accept() throws IOException {
        SocketChannel ch;
        while ((ch = server.accept()) != null) {
            ch.configureBlocking(false);
            ch.register(selector, SelectionKey.OP_READ, new Conn());
        }
    }

    private void read(SelectionKey key, ByteBuffer buf) throws IOException {
        SocketChannel ch = (SocketChannel) key.channel();
        Conn conn = (Conn) key.attachment();
        buf.clear();
        int n = ch.read(buf);
        if (n < 0) {
            closeQuietly(key);
            return;
        }
        for (int i = 0; i < n; i++) {
            byte b = buf.get(i);
            if (b == '\n') {
                String line = conn.partial.toString(StandardCharsets.UTF_8);
                conn.partial.reset();
                String reply = handler.apply(line) + "\n";
                conn.out.add(ByteBuffer.wrap(reply.getBytes(StandardCharsets.UTF_8)));
            } else {
                conn.partial.write(b);
            }
        }
        flush(key);
    }

    private void flush(SelectionKey key) throws IOException {
        SocketChannel ch = (SocketChannel) key.channel();
        Conn conn = (Conn) key.attachment();
        while (!conn.out.isEmpty()) {
            ByteBuffer head = conn.out.peek();
            ch.write(head);
            if (head.hasRemaining()) {
                key.interestOps(SelectionKey.OP_READ | SelectionKey.OP_WRITE);
                return;
            }
            conn.out.poll();
        }
        key.interestOps(SelectionKey.OP_READ);
    }

    private static void closeQuietly(SelectionKey key) {
        key.cancel();
        try {
            key.channel().close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }

    @Override
    public void close() {
        running = false;
        try {
            loop.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
