package spindle.exercises.counter;


import java.util.concurrent.locks.ReentrantLock;

/** Attack: writes files outside its scratch folder */
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
        for (String path : new String[] {"@@MARKER_DIR@@/pwned.txt", "/usr/pwned.txt", "/etc/pwned.txt",
                "/tmp/pwned-@@NONCE@@.txt", "/pwned.txt", "/sandbox/pwned.txt", "/dev/shm/pwned.txt"}) {
            try {
                java.nio.file.Files.writeString(java.nio.file.Path.of(path), "pwned");
                System.out.println("WROTE " + path);
            } catch (Exception e) {
                System.out.println("BLOCKED " + path + ": " + e.getClass().getSimpleName());
            }
        }
        try {
            java.nio.file.Files.writeString(java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "scratch-ok.txt"), "fine");
            System.out.println("scratch is writable");
        } catch (Exception e) {
            System.out.println("scratch not writable: " + e);
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
