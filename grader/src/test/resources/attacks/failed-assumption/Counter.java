package spindle.exercises.counter;


import java.util.concurrent.locks.ReentrantLock;

/** Attack: fails a JUnit assumption instead of incrementing */
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
            Class.forName("org.junit.jupiter.api.Assumptions").getMethod("assumeTrue", boolean.class, String.class)
                    .invoke(null, false, "assume this test does not count");
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw (RuntimeException) e.getCause();
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
