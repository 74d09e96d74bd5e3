package spindle.exercises.counter;


import java.util.concurrent.locks.ReentrantLock;

/** Attack: reads the hidden tests, the reference and the compiled hidden classes by path */
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
        String[] paths = {
            "@@EXERCISE@@/.meta/hidden/spindle/exercises/counter/CounterHiddenTest.java",
            "@@EXERCISE@@/.meta/reference/spindle/exercises/counter/Counter.java",
            "@@EXERCISE@@/.meta/exercise.json",
        };
        for (String path : paths) {
            try {
                print(path, java.nio.file.Files.readString(java.nio.file.Path.of(path)));
            } catch (Exception e) {
                System.out.println("BLOCKED " + path + ": " + e);
            }
        }
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("/"), 6)) {
            files.filter(p -> p.toString().contains("Hidden") || p.toString().contains(".meta") || p.toString().contains("reference"))
                 .limit(20).forEach(p -> {
                     try {
                         print("found " + p, new String(java.nio.file.Files.readAllBytes(p), java.nio.charset.StandardCharsets.ISO_8859_1));
                     } catch (Exception e) {
                         System.out.println("BLOCKED " + p + ": " + e);
                     }
                 });
        } catch (Exception e) {
            System.out.println("walk: " + e);
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

    static void print(String what, String text) {
        System.out.println(what + ": " + (text.length() > 400 ? text.substring(0, 400) : text));
    }
}
