package spindle.exercises.counter;


import java.util.concurrent.locks.ReentrantLock;

/** Attack: reflects into the grader to send its own PASSED events; the increment itself is wrong */
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
        StringBuilder log = new StringBuilder();
        try {
            String cmdline = new String(java.nio.file.Files.readAllBytes(java.nio.file.Path.of("/proc/self/cmdline")));
            String socket = java.util.Arrays.stream(cmdline.split("\0")).filter(a -> a.endsWith(".sock")).findFirst().orElse("");
            Class<?> sender = Class.forName("dev.spindle.grader.child.EventSender");
            var connect = sender.getDeclaredMethod("connect", java.nio.file.Path.class, String.class);
            connect.setAccessible(true);
            Object channel = connect.invoke(null, java.nio.file.Path.of(socket), "guessed-token");
            var send = sender.getDeclaredMethod("send", Class.forName("dev.spindle.grader.protocol.ChildEvent"));
            send.setAccessible(true);
            Class<?> finished = Class.forName("dev.spindle.grader.protocol.ChildEvent$TestFinished");
            Class<?> outcome = Class.forName("dev.spindle.grader.protocol.ChildEvent$Outcome");
            Object passed = outcome.getMethod("valueOf", String.class).invoke(null, "PASSED");
            for (String key : new String[] {"CounterTest#incrementsOnce", "CounterHiddenTest#incrementsFromTwoThreadsAreNotLost"}) {
                Object event = finished.getConstructors()[0].newInstance(key, "x", passed, "", "");
                send.invoke(channel, event);
            }
            log.append("sent forged events on a new connection; ");
        } catch (Throwable e) {
            log.append("BLOCKED new connection: ").append(e).append("; ");
        }
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            for (String field : new String[] {"holder", "target", "task"}) {
                try {
                    var f = Thread.class.getDeclaredField(field);
                    f.setAccessible(true);
                    log.append("read ").append(t.getName()).append('.').append(field).append("; ");
                } catch (Throwable e) {
                    log.append("BLOCKED ").append(field).append(": ").append(e.getClass().getSimpleName()).append("; ");
                }
            }
        }
        try {
            Class<?> listenerType = Class.forName("org.junit.platform.launcher.TestExecutionListener");
            Class<?> ours = Class.forName("dev.spindle.grader.child.EventStreamingListener");
            log.append("found ").append(ours).append(" implementing ").append(listenerType).append("; ");
            var unsafeField = Class.forName("sun.misc.Unsafe").getDeclaredField("theUnsafe");
            unsafeField.setAccessible(true);
            Object unsafe = unsafeField.get(null);
            long address = (long) unsafe.getClass().getMethod("allocateMemory", long.class).invoke(unsafe, 8L);
            log.append("Unsafe memory access worked at ").append(address).append("; ");
        } catch (Throwable e) {
            log.append("BLOCKED Unsafe: ").append(e).append("; ");
        }
        System.out.println(log);
        // and the counter is wrong: without a forged verdict this test fails
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
