package spindle.exercises.counter;


import java.util.concurrent.locks.ReentrantLock;

/** Attack: throws the TestAbortedException of JUnit instead of incrementing */
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
            throw (RuntimeException) Class.forName("org.opentest4j.TestAbortedException").getConstructor(String.class)
                    .newInstance("skip me, but count me as passed");
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
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
