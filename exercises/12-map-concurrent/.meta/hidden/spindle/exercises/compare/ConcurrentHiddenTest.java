package spindle.exercises.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ConcurrentHiddenTest {

    /**
     * 12 inputs, limit 4, threads from a watching factory. Calls hold until the picture is stable: 4 calls inside and
     * every other thread the factory made is parked (WAITING) or finished — or more than 4 calls are inside.
     * A thread that was made but is not inside a call and not parked is still on its way in, so the test keeps
     * watching; no fixed waiting time decides anything.
     */
    @Test
    void exactlyLimitCallsRunAtOnce() {
        assertTimeoutPreemptively(Duration.ofSeconds(8), () -> {
            Set<Thread> insideThreads = ConcurrentHashMap.newKeySet();
            AtomicInteger max = new AtomicInteger();
            CountDownLatch release = new CountDownLatch(1);
            List<Thread> made = new CopyOnWriteArrayList<>();
            ThreadFactory virtual = Thread.ofVirtual().factory();
            ThreadFactory watching = r -> {
                Thread t = virtual.newThread(r);
                made.add(t);
                return t;
            };
            Thread caller = Thread.ofPlatform().daemon().start(() -> {
                try {
                    Concurrent.mapConcurrent(IntStream.range(0, 12).boxed().toList(), 4, x -> {
                        insideThreads.add(Thread.currentThread());
                        max.accumulateAndGet(insideThreads.size(), Math::max);
                        try {
                            release.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        insideThreads.remove(Thread.currentThread());
                        return x;
                    }, watching);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            long deadline = System.nanoTime() + Duration.ofSeconds(4).toNanos();
            while (System.nanoTime() < deadline && insideThreads.size() <= 4 && !stable(caller, made, insideThreads)) {
                Thread.onSpinWait();
            }
            int seen = insideThreads.size();
            release.countDown();
            caller.join(5000);
            assertEquals(4, seen, "calls inside at once with limit 4");
            assertEquals(4, max.get(), "high-water mark over the whole run");
        });
    }

    private static boolean stable(Thread caller, List<Thread> made, Set<Thread> inside) {
        if (inside.size() != 4) {
            return false;
        }
        Thread.State c = caller.getState();
        if (c != Thread.State.WAITING && c != Thread.State.TERMINATED) {
            return false;
        }
        for (Thread t : made) {
            if (inside.contains(t)) {
                continue;
            }
            Thread.State s = t.getState();
            if (s != Thread.State.WAITING && s != Thread.State.TERMINATED) {
                return false;
            }
        }
        return inside.size() == 4;
    }

    @Test
    void firstFailureInterruptsTheOthersAndIsRethrown() {
        assertTimeoutPreemptively(Duration.ofSeconds(8), () -> {
            IllegalStateException boom = new IllegalStateException("boom");
            CountDownLatch othersInside = new CountDownLatch(4);
            CountDownLatch never = new CountDownLatch(1);
            AtomicInteger interrupted = new AtomicInteger();
            IllegalStateException thrown = assertThrows(IllegalStateException.class, () ->
                    Concurrent.mapConcurrent(List.of(0, 1, 2, 3, 4), 5, x -> {
                        try {
                            if (x == 0) {
                                othersInside.await(3, TimeUnit.SECONDS);
                                throw boom;
                            }
                            othersInside.countDown();
                            never.await();
                        } catch (InterruptedException e) {
                            interrupted.incrementAndGet();
                        }
                        return x;
                    }));
            assertSame(boom, thrown, "the first exception, unchanged");
            assertEquals(4, interrupted.get(), "the 4 blocked calls must be interrupted, and awaited, before returning");
        }, "mapConcurrent kept waiting for calls that can only end when interrupted");
    }

    @Test
    void callsAfterAFailureAreNotStarted() {
        assertTimeoutPreemptively(Duration.ofSeconds(8), () -> {
            AtomicInteger calls = new AtomicInteger();
            assertThrows(IllegalArgumentException.class, () ->
                    Concurrent.mapConcurrent(IntStream.range(0, 50).boxed().toList(), 1, x -> {
                        calls.incrementAndGet();
                        if (x == 2) {
                            throw new IllegalArgumentException("bad input " + x);
                        }
                        return x;
                    }));
            assertEquals(3, calls.get(), "limit 1: inputs 0, 1, 2 ran; nothing after the failure");
        });
    }

    @Test
    void tenThousandSmallJobs() {
        assertTimeoutPreemptively(Duration.ofSeconds(8), () -> {
            List<Integer> in = new ArrayList<>();
            for (int i = 0; i < 10_000; i++) {
                in.add(i);
            }
            List<Long> out = Concurrent.mapConcurrent(in, 100, x -> {
                Thread.yield();
                return (long) x * 2;
            });
            assertEquals(10_000, out.size());
            long sum = 0;
            for (int i = 0; i < out.size(); i++) {
                assertEquals(2L * i, out.get(i));
                sum += out.get(i);
            }
            assertEquals(99_990_000L, sum);
        });
    }
}
