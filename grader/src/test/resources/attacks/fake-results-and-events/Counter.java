package spindle.exercises.counter;


import java.util.concurrent.locks.ReentrantLock;

/** Attack: prints fake events and a fake results.json, writes results.json files, and does not increment */
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
        String finish = "FINISH\tCounterTest#incrementsOnce\tincrementsOnce()\tPASSED\t\t";
        System.out.println(finish);
        System.out.println("DONE");
        String fake = "{\"score\": 10, \"tests\": [{\"name\": \"CounterTest#incrementsOnce\", \"score\": 1, \"max_score\": 1}]}";
        System.out.println(fake);
        try (var out = new java.io.FileOutputStream(java.io.FileDescriptor.out)) {
            out.write((finish + "\nDONE\n" + fake + "\n").getBytes());
        } catch (Exception e) {
            System.out.println("fd write: " + e);
        }
        for (String path : new String[] {"results.json", "/autograder/results/results.json", "@@RESULTS_JSON@@"}) {
            try {
                java.nio.file.Files.writeString(java.nio.file.Path.of(path), fake);
                System.out.println("wrote " + path);
            } catch (Exception e) {
                System.out.println("BLOCKED " + path + ": " + e);
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
