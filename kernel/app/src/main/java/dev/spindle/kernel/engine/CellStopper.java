package dev.spindle.kernel.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.locks.LockSupport;

/**
 * Stops the running cell and every user thread: raises the stop flag that woven code checks, interrupts
 * every user thread (platform and virtual) until none is left or the grace period ends. What survives
 * (a deadlock on a monitor, code that swallows the stop) is reported; the kernel then restarts the engine.
 */
final class CellStopper {

    static final Duration GRACE = Duration.ofMillis(1500);
    private static final long POLL_NANOS = 20_000_000L;
    /** Every 25 polls (0.5 s) from the second on: a socket may be opened while the stop is under way. */
    private static final int SOCKET_ROUNDS = 25;

    private final UserThreads userThreads;
    private final InputBroker input;
    private int stops;
    private long begun;
    private volatile boolean leftThreadsBehind;

    CellStopper(UserThreads userThreads, InputBroker input) {
        this.userThreads = userThreads;
        this.input = input;
    }

    /**
     * Marks a stop as under way. Called at once when the interrupt arrives, before {@link #stop} runs on its own
     * thread: a cell that ends in between (its loop hit the stop check) must still wait for the stop's verdict.
     */
    synchronized void begin() {
        stops++;
        begun++;
    }

    /** How many stops have begun so far: a cell compares it before and after it runs. */
    synchronized long begun() {
        return begun;
    }

    /** Completes a stop {@link #begin begun}: returns the user threads still alive after the grace period. */
    List<String> stop(CellRun running) {
        try {
            return stopAll(running);
        } finally {
            synchronized (this) {
                stops--;
                notifyAll();
            }
        }
    }

    /** Whether the last stop failed: the kernel is then about to replace this engine. */
    boolean leftThreadsBehind() {
        return leftThreadsBehind;
    }

    /** Blocks while a stop is under way: a cell started meanwhile would be stopped by it. */
    synchronized void awaitNoStop() throws InterruptedException {
        while (stops > 0) {
            wait();
        }
    }

    private List<String> stopAll(CellRun running) {
        StopSignal.raise();
        if (running != null) {
            running.interrupt();
        }
        input.cancelAll();
        long deadline = System.nanoTime() + GRACE.toNanos();
        List<Thread> busy = busy(userThreads.live());
        for (int round = 0; !busy.isEmpty() && System.nanoTime() < deadline; round++) {
            busy.forEach(Thread::interrupt);
            if (round % SOCKET_ROUNDS == 1) {
                // an interrupt cannot reach a platform thread in blocking socket I/O
                BlockedSockets.release();
            }
            LockSupport.parkNanos(POLL_NANOS);
            busy = busy(userThreads.live());
        }
        ForkJoinPool.commonPool().awaitQuiescence(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        leftThreadsBehind = !busy.isEmpty();
        if (busy.isEmpty()) {
            StopSignal.lower();
        }
        return busy.stream().map(CellStopper::describe).toList();
    }

    /**
     * Threads still doing user work: running, or waiting somewhere inside cell code. An idle pool worker
     * parked in the JDK waiting for its next task is harmless and may stay.
     */
    private static List<Thread> busy(List<Thread> threads) {
        List<Thread> busy = new ArrayList<>();
        for (Thread thread : threads) {
            Thread.State state = thread.getState();
            if (state == Thread.State.RUNNABLE || (state != Thread.State.NEW && state != Thread.State.TERMINATED
                    && inCellCode(thread.getStackTrace()))) {
                busy.add(thread);
            }
        }
        return busy;
    }

    private static boolean inCellCode(StackTraceElement[] stack) {
        for (StackTraceElement frame : stack) {
            if (frame.getClassName().startsWith("REPL.")) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Thread thread) {
        StackTraceElement[] stack = thread.getStackTrace();
        String where = stack.length == 0 ? "" : " at " + stack[0];
        return "\"" + thread.getName() + "\"" + (thread.isVirtual() ? " (virtual)" : "") + " " + thread.getState() + where;
    }
}
