package dev.spindle.grader.child;

import dev.spindle.grader.protocol.ChildEvent;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Counts live platform threads every few milliseconds and stops the JVM when a submission starts too many,
 * before the machine runs out of processes. Virtual threads are cheap and are not counted.
 */
final class ThreadWatchdog {

    private static final long PERIOD_MILLIS = 10;

    private ThreadWatchdog() {}

    static void start(EventSender channel, int limit, String studentPackage) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Thread watchdog = new Thread(() -> {
            while (true) {
                int live = threads.getThreadCount();
                if (live > limit) {
                    channel.send(new ChildEvent.ThreadLimitReached(live, limit, sample(studentPackage)));
                    Runtime.getRuntime().halt(ChildExit.THREAD_LIMIT);
                }
                try {
                    Thread.sleep(PERIOD_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "spindle-thread-watchdog");
        watchdog.setDaemon(true);
        watchdog.setPriority(Thread.MAX_PRIORITY);
        watchdog.start();
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
