package spindle.exercises.limiter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LimiterTest {

    @Test
    void runsTheTaskAndReturnsItsResult() throws Exception {
        Limiter limiter = new Limiter(2);
        assertEquals("done", limiter.call(() -> "done"));
        assertEquals(2, limiter.available());
    }

    @Test
    void rejectsFewerThanOnePermit() {
        assertThrows(IllegalArgumentException.class, () -> new Limiter(0));
    }

    /**
     * Six callers, three permits. The tasks stay inside until the test has seen a stable picture: either three tasks
     * inside and the other three callers parked (correct), or more than three inside (no limit), or the deadline.
     */
    @Test
    void exactlyNTasksRunAtOnceAndTheRestWait() {
        assertTimeoutPreemptively(Duration.ofSeconds(8), () -> {
            Limiter limiter = new Limiter(3);
            AtomicInteger inside = new AtomicInteger();
            AtomicInteger max = new AtomicInteger();
            CountDownLatch release = new CountDownLatch(1);
            List<Thread> callers = new ArrayList<>();
            List<Thread> insideThreads = java.util.Collections.synchronizedList(new ArrayList<>());
            for (int i = 0; i < 6; i++) {
                callers.add(Thread.ofPlatform().daemon().start(() -> {
                    try {
                        limiter.call(() -> {
                            insideThreads.add(Thread.currentThread());
                            max.accumulateAndGet(inside.incrementAndGet(), Math::max);
                            release.await();
                            inside.decrementAndGet();
                            return null;
                        });
                    } catch (Exception e) {
                        throw new RuntimeException(e);
                    }
                }));
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
            while (System.nanoTime() < deadline && inside.get() <= 3 && !stable(callers, insideThreads, 3)) {
                Thread.onSpinWait();
            }
            int seen = inside.get();
            release.countDown();
            for (Thread t : callers) {
                t.join();
            }
            assertEquals(3, seen, "tasks inside at once with 3 permits");
            assertEquals(3, max.get(), "high-water mark");
            assertEquals(3, limiter.available(), "permits after all tasks ended");
        });
    }

    private static boolean stable(List<Thread> callers, List<Thread> insideThreads, int n) {
        List<Thread> in;
        synchronized (insideThreads) {
            in = new ArrayList<>(insideThreads);
        }
        if (in.size() != n) {
            return false;
        }
        for (Thread t : callers) {
            if (!in.contains(t) && t.getState() != Thread.State.WAITING) {
                return false;
            }
        }
        return true;
    }

    @Test
    void permitsComeBackAfterManyCalls() throws Exception {
        Limiter limiter = new Limiter(1);
        int sum = 0;
        for (int i = 0; i < 200; i++) {
            int n = i;
            sum += limiter.call(() -> n);
        }
        assertEquals(199 * 200 / 2, sum, "sum of the results of 200 calls");
        assertEquals(1, limiter.available(), "available() after 200 calls");
    }
}
