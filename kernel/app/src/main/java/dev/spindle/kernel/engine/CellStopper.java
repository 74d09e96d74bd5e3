package dev.spindle.kernel.engine;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.locks.LockSupport;

/**
 * Stops the running cell and every user thread: raises the stop flag that woven code checks, interrupts
 * every user thread (platform and virtual) until none is left or the grace period ends. What survives
 * (a deadlock on a monitor, code that swallows the stop) is reported; the kernel then restarts the engine.
 */
final class CellStopper {

    static final Duration GRACE = Duration.ofMillis(1500);
    private static final long POLL_NANOS = 10_000_000L;

    private final UserThreads userThreads;
    private final InputBroker input;

    CellStopper(UserThreads userThreads, InputBroker input) {
        this.userThreads = userThreads;
        this.input = input;
    }

    /** Returns the user threads still alive after the grace period, described for a person. */
    List<String> stop(CellRun running) {
        StopSignal.raise();
        if (running != null) {
            running.interrupt();
        }
        input.cancelAll();
        long deadline = System.nanoTime() + GRACE.toNanos();
        List<Thread> alive = userThreads.live();
        while (!alive.isEmpty() && System.nanoTime() < deadline) {
            alive.forEach(Thread::interrupt);
            LockSupport.parkNanos(POLL_NANOS);
            alive = userThreads.live();
        }
        ForkJoinPool.commonPool().awaitQuiescence(Math.max(0, deadline - System.nanoTime()), java.util.concurrent.TimeUnit.NANOSECONDS);
        if (alive.isEmpty()) {
            StopSignal.lower();
        }
        return alive.stream().map(CellStopper::describe).toList();
    }

    private static String describe(Thread thread) {
        StackTraceElement[] stack = thread.getStackTrace();
        String where = stack.length == 0 ? "" : " at " + stack[0];
        return "\"" + thread.getName() + "\"" + (thread.isVirtual() ? " (virtual)" : "") + " " + thread.getState() + where;
    }
}
