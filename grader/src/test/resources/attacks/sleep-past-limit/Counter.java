package spindle.exercises.counter;


import java.util.concurrent.locks.ReentrantLock;

/** Attack: sleeps past every limit and ignores interrupts */
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
        long end = System.nanoTime() + 600_000_000_000L;
        while (System.nanoTime() < end) {
            try {
                Thread.sleep(1_000);
            } catch (InterruptedException e) {
                // ignore: try to outlive the timeout
            }
        }
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
