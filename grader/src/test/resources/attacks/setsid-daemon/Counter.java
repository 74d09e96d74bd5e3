package spindle.exercises.counter;


import java.util.concurrent.locks.ReentrantLock;

/** Attack: leaves a daemon behind with setsid and a double fork */
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
        try {
            new ProcessBuilder("setsid", "sh", "-c", "sleep @@SLEEP_SECONDS@@ & sleep @@SLEEP_SECONDS@@ &").start().waitFor();
            System.out.println("daemon started");
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
