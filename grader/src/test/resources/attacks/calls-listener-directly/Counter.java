package spindle.exercises.counter;


import java.util.concurrent.locks.ReentrantLock;

/** Attack: finds a TestExecutionListener through the public API of JUnit and reports its own test as passed */
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
            // a listener of its own, given to a launcher of its own, on a thread of its own: none of it reaches the parent
            Class<?> factory = Class.forName("org.junit.platform.launcher.core.LauncherFactory");
            Object launcher = factory.getMethod("create").invoke(null);
            System.out.println("made a launcher: " + launcher.getClass().getName());
            Class<?> ours = Class.forName("dev.spindle.grader.child.EventStreamingListener");
            var ctor = ours.getDeclaredConstructors()[0];
            ctor.setAccessible(true);
            System.out.println("grader listener constructor: " + ctor);
        } catch (Throwable e) {
            System.out.println("BLOCKED " + e);
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
