package spindle.exercises.limiter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class LimiterHiddenTest {

    @Test
    void permitComesBackWhenTheTaskThrows() {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            Limiter limiter = new Limiter(1);
            IOException boom = new IOException("boom");
            IOException thrown = assertThrows(IOException.class, () -> limiter.call(() -> {
                throw boom;
            }));
            assertSame(boom, thrown, "the task's exception must be rethrown unchanged");
            assertEquals(1, limiter.available(), "permits after a failing task");
            assertEquals(7, limiter.call(() -> 7), "a later call must still get the permit");
        }, "the permit of a failing task was never given back");
    }

    @Test
    void interruptedWaiterTakesNoPermitAndReturnsNone() {
        assertTimeoutPreemptively(Duration.ofSeconds(6), () -> {
            Limiter limiter = new Limiter(1);
            CountDownLatch holding = new CountDownLatch(1);
            CountDownLatch letGo = new CountDownLatch(1);
            Thread holder = Thread.ofPlatform().daemon().start(() -> {
                try {
                    limiter.call(() -> {
                        holding.countDown();
                        letGo.await();
                        return null;
                    });
                } catch (Exception e) {
                    throw new RuntimeException(e);
                }
            });
            holding.await();
            AtomicReference<Throwable> waiterOutcome = new AtomicReference<>();
            AtomicInteger ranInside = new AtomicInteger();
            Thread waiter = Thread.ofPlatform().daemon().start(() -> {
                try {
                    limiter.call(ranInside::incrementAndGet);
                    waiterOutcome.set(new AssertionError("call() returned"));
                } catch (Throwable t) {
                    waiterOutcome.set(t);
                }
            });
            awaitState(waiter, Thread.State.WAITING);
            waiter.interrupt();
            waiter.join();
            assertTrue(waiterOutcome.get() instanceof InterruptedException,
                    "an interrupted waiter must get InterruptedException, got " + waiterOutcome.get());
            assertEquals(0, ranInside.get(), "the interrupted waiter's task must not run");
            assertEquals(0, limiter.available(), "the holder still has the only permit");
            letGo.countDown();
            holder.join();
            assertEquals(1, limiter.available(), "permits after everything ended (1 permit in total)");
        });
    }

    @Test
    void manyVirtualThreadsNeverExceedTheLimit() {
        assertTimeoutPreemptively(Duration.ofSeconds(8), () -> {
            Limiter limiter = new Limiter(4);
            AtomicInteger inside = new AtomicInteger();
            AtomicInteger max = new AtomicInteger();
            AtomicInteger done = new AtomicInteger();
            CountDownLatch go = new CountDownLatch(1);
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                threads.add(Thread.ofVirtual().start(() -> {
                    try {
                        go.await();
                        for (int k = 0; k < 20; k++) {
                            limiter.call(() -> {
                                max.accumulateAndGet(inside.incrementAndGet(), Math::max);
                                Thread.yield();
                                inside.decrementAndGet();
                                return done.incrementAndGet();
                            });
                        }
                    } catch (Exception e) {
                        throw new RuntimeException(e);
                    }
                }));
            }
            go.countDown();
            for (Thread t : threads) {
                t.join();
            }
            assertEquals(1000, done.get(), "tasks run");
            assertTrue(max.get() <= 4, "more than 4 tasks inside at once: " + max.get());
            assertEquals(4, limiter.available(), "permits at the end");
        });
    }

    private static void awaitState(Thread t, Thread.State state) {
        long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        while (t.getState() != state) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("thread never reached " + state + " (is " + t.getState() + ")");
            }
            Thread.onSpinWait();
        }
    }
}
