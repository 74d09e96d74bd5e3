package dev.spindle.grader.child;

import dev.spindle.grader.protocol.ChildEvent;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;

/**
 * Stops the JVM when a submission has more live platform threads than its limit, before the machine runs out
 * of processes. Virtual threads are cheap and are not counted.
 *
 * <p>A background thread samples the count every few milliseconds, and {@link #checkNow()} is also called as
 * each test ends. The second check makes the verdict deterministic: a thread bomb can reach the sandbox's
 * process limit between two samples, and then the test ends with "unable to create native thread" while the
 * threads it started are still alive, which the synchronous check sees.
 */
final class ThreadWatchdog {

    private static final long PERIOD_MILLIS = 10;

    private final EventSender channel;
    private final int limit;
    private final String studentPackage;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final AtomicBoolean tripped = new AtomicBoolean();

    private ThreadWatchdog(EventSender channel, int limit, String studentPackage) {
        this.channel = channel;
        this.limit = limit;
        this.studentPackage = studentPackage;
    }

    static ThreadWatchdog start(EventSender channel, int limit, String studentPackage) {
        ThreadWatchdog watchdog = new ThreadWatchdog(channel, limit, studentPackage);
        Thread sampler = new Thread(() -> {
            while (true) {
                watchdog.checkNow();
                try {
                    Thread.sleep(PERIOD_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "spindle-thread-watchdog");
        sampler.setDaemon(true);
        sampler.setPriority(Thread.MAX_PRIORITY);
        sampler.start();
        return watchdog;
    }

    /** Halts the JVM, after telling the parent why, when more platform threads are alive than allowed. */
    void checkNow() {
        int live = threads.getThreadCount();
        if (live > limit && tripped.compareAndSet(false, true)) {
            channel.send(new ChildEvent.ThreadLimitReached(live, limit, sample(studentPackage)));
            Runtime.getRuntime().halt(ChildExit.THREAD_LIMIT);
        }
        if (tripped.get()) {
            // Another caller is reporting; never let this one go on to report the test as finished.
            while (true) {
                LockSupport.park(this);
            }
        }
    }

    /** Where the student's threads come from, grouped by the first frame of their code, most common first. */
    private static String sample(String studentPackage) {
        Map<String, Long> byFrame = Thread.getAllStackTraces().values().stream()
                .flatMap(stack -> Arrays.stream(stack).filter(f -> f.getClassName().startsWith(studentPackage + ".")).limit(1))
                .collect(Collectors.groupingBy(Frames::describe, Collectors.counting()));
        return byFrame.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(3)
                .map(e -> e.getValue() + " running " + e.getKey())
                .collect(Collectors.joining("; "));
    }
}
