package dev.spindle.lessons.gil;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongConsumer;

/**
 * A GIL for real Java threads: one global lock that a thread must hold while it "runs bytecode". Threads call
 * {@link #tick()} between bytecodes; that is the eval breaker where the holder may let others in.
 *
 * <p>Fields mirror CPython's {@code struct _gil_runtime_state}: the lock, {@code last_holder},
 * {@code switch_number}, {@code gil_drop_request} and a switch condition for FORCE_SWITCHING.
 */
public final class RealGil {

    /** How the holder lets others run. */
    public sealed interface Rule permits Rule.EveryTicks, Rule.Interval, Rule.FreeThreaded {

        /** Pre-3.2: unlock and re-lock every {@code ticks} ticks; the lock is unfair, so the releaser often wins. */
        record EveryTicks(int ticks) implements Rule {
            public EveryTicks {
                if (ticks <= 0) throw new IllegalArgumentException("ticks must be positive: " + ticks);
            }
        }

        /** 3.2+: a waiter that timed out with no switch sets a drop request; the holder drops and waits for a switch. */
        record Interval(Duration interval) implements Rule {
            public Interval {
                if (interval.isNegative() || interval.isZero()) {
                    throw new IllegalArgumentException("interval must be positive: " + interval);
                }
            }
        }

        /** No GIL at all, like the free-threaded 3.13t build or plain Java: threads run in parallel. */
        record FreeThreaded() implements Rule {}
    }

    private final Rule rule;
    private final ReentrantLock gil = new ReentrantLock(false);
    private final ReentrantLock switchMutex = new ReentrantLock();
    private final Condition switched = switchMutex.newCondition();
    private final AtomicLong switchNumber = new AtomicLong();
    private final AtomicInteger holders = new AtomicInteger();
    private final AtomicInteger maxHolders = new AtomicInteger();
    private final AtomicLong acquisitions = new AtomicLong();
    private final AtomicLong checkReleases = new AtomicLong();
    private final AtomicLong dropsOnRequest = new AtomicLong();
    private volatile boolean dropRequest;
    private volatile Thread lastHolder;
    private long ticker;

    public RealGil(Rule rule) {
        this.rule = rule;
    }

    public static RealGil everyTicks(int ticks) {
        return new RealGil(new Rule.EveryTicks(ticks));
    }

    public static RealGil interval(Duration interval) {
        return new RealGil(new Rule.Interval(interval));
    }

    public static RealGil freeThreaded() {
        return new RealGil(new Rule.FreeThreaded());
    }

    public Rule rule() {
        return rule;
    }

    /** Blocks until this thread holds the GIL. Interrupting the waiting thread cancels the wait. */
    public void take() {
        try {
            switch (rule) {
                case Rule.FreeThreaded ignored -> { }
                case Rule.EveryTicks ignored -> gil.lockInterruptibly();
                case Rule.Interval iv -> takeWithDropRequests(iv.interval().toNanos());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while waiting for the GIL");
        }
        acquisitions.incrementAndGet();
        maxHolders.accumulateAndGet(holders.incrementAndGet(), Math::max);
        if (lastHolder != Thread.currentThread()) {
            lastHolder = Thread.currentThread();
            switchNumber.incrementAndGet();
            signalSwitch();
        }
    }

    private void takeWithDropRequests(long intervalNanos) throws InterruptedException {
        long seen = switchNumber.get();
        while (!gil.tryLock(intervalNanos, TimeUnit.NANOSECONDS)) {
            if (switchNumber.get() == seen) dropRequest = true;
            seen = switchNumber.get();
        }
    }

    public void drop() {
        holders.decrementAndGet();
        if (!(rule instanceof Rule.FreeThreaded)) gil.unlock();
    }

    /** The eval breaker: call between bytecodes while holding the GIL. */
    public void tick() {
        switch (rule) {
            case Rule.FreeThreaded ignored -> { }
            case Rule.EveryTicks every -> {
                if (++ticker % every.ticks() == 0) {
                    checkReleases.incrementAndGet();
                    drop();
                    take();
                }
            }
            case Rule.Interval iv -> {
                if (dropRequest) {
                    dropRequest = false;
                    dropsOnRequest.incrementAndGet();
                    long seen = switchNumber.get();
                    drop();
                    awaitSwitch(seen, iv.interval().toNanos());
                    take();
                }
            }
        }
    }

    /** FORCE_SWITCHING: do not race the requester for the lock; wait until someone else took it. */
    private void awaitSwitch(long seen, long intervalNanos) {
        switchMutex.lock();
        try {
            while (switchNumber.get() == seen && gil.hasQueuedThreads()) {
                switched.awaitNanos(Math.min(intervalNanos, 1_000_000));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            switchMutex.unlock();
        }
    }

    private void signalSwitch() {
        switchMutex.lock();
        try {
            switched.signalAll();
        } finally {
            switchMutex.unlock();
        }
    }

    /** Runs {@code count} bytecodes under the GIL, with an eval-breaker check after each one. */
    public void runBytecodes(long count, LongConsumer bytecode) {
        take();
        try {
            for (long i = 0; i < count; i++) {
                bytecode.accept(i);
                tick();
            }
        } finally {
            drop();
        }
    }

    /** A blocking call made with the GIL released, as C code does with Py_BEGIN_ALLOW_THREADS. */
    public void withoutGil(Runnable blockingCall) {
        drop();
        try {
            blockingCall.run();
        } finally {
            take();
        }
    }

    public GilStats stats() {
        return new GilStats(acquisitions.get(), switchNumber.get(), checkReleases.get(), dropsOnRequest.get(),
                maxHolders.get());
    }
}
