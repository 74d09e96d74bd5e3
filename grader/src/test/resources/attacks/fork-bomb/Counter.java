package spindle.exercises.counter;


import java.util.concurrent.locks.ReentrantLock;

/** Attack: starts processes through ProcessBuilder until it cannot */
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
        java.util.List<Process> children = new java.util.ArrayList<>();
        try {
            while (children.size() < 5_000) {
                children.add(new ProcessBuilder("sleep", "@@SLEEP_SECONDS@@").start());
            }
        } catch (Exception e) {
            System.out.println("BLOCKED after " + children.size() + " processes: " + e);
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
