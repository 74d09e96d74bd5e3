package spindle.exercises.counter;


import java.util.concurrent.locks.ReentrantLock;

/** Attack: fills the heap */
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
        java.util.List<long[]> hoard = new java.util.ArrayList<>();
        while (true) {
            hoard.add(new long[1 << 20]);
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
