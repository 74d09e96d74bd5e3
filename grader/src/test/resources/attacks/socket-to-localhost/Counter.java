package spindle.exercises.counter;


import java.util.concurrent.locks.ReentrantLock;

/** Attack: connects to a server on 127.0.0.1 of the host */
public final class Counter {

    private final Runnable betweenReadAndWrite;
    private final ReentrantLock lock = new ReentrantLock();
    private long count;

    public Counter() {
        this(() -> { });
    }

    Counter(Runnable betweenReadAndWrite) {
        this.betweenReadAndWrite = betweenReadAndWrite;
    }

    public void increment() {
        try (var socket = new java.net.Socket()) {
            socket.connect(new java.net.InetSocketAddress("127.0.0.1", @@PORT@@), 2_000);
            socket.getOutputStream().write("pwned\n".getBytes());
            System.out.println("connected to the host");
        } catch (Exception e) {
            System.out.println("BLOCKED " + e);
        }
        add(1);
    }

    public void add(long amount) {
        lock.lock();
        try {
            long read = count;
            betweenReadAndWrite.run();
            count = read + amount;
        } finally {
            lock.unlock();
        }
    }

    public long get() {
        lock.lock();
        try {
            return count;
        } finally {
            lock.unlock();
        }
    }
}
