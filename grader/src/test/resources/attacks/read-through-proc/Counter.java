package spindle.exercises.counter;


import java.util.concurrent.locks.ReentrantLock;

/** Attack: looks for the grader, the tests and the parent through /proc */
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
        try (var pids = java.nio.file.Files.list(java.nio.file.Path.of("/proc"))) {
            for (var p : pids.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).toList()) {
                for (String part : new String[] {"cmdline", "environ"}) {
                    try {
                        print(p + "/" + part, new String(java.nio.file.Files.readAllBytes(p.resolve(part))).replace('\0', ' '));
                    } catch (Exception e) {
                        System.out.println("BLOCKED " + p + "/" + part + ": " + e);
                    }
                }
                try (var root = java.nio.file.Files.list(p.resolve("root"))) {
                    print(p + "/root", root.toList().toString());
                } catch (Exception e) {
                    System.out.println("BLOCKED " + p + "/root: " + e);
                }
            }
        } catch (Exception e) {
            System.out.println("BLOCKED /proc: " + e);
        }
        try {
            print("parent root", java.nio.file.Files.readString(java.nio.file.Path.of("/proc/1/root@@EXERCISE@@/.meta/hidden/spindle/exercises/counter/CounterHiddenTest.java")));
        } catch (Exception e) {
            System.out.println("BLOCKED /proc/1/root: " + e);
        }
        ProcessHandle.allProcesses().forEach(h -> print("process " + h.pid(), h.info().commandLine().orElse("?")));
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
