package spindle.exercises.buffer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.Test;

class BoundedBufferHiddenTest {

    /** A lock whose conditions return from the first {@code spurious} awaits at once, as Condition allows. */
    static final class SpuriousLock extends ReentrantLock {
        final AtomicInteger spurious;

        SpuriousLock(int spurious) {
            this.spurious = new AtomicInteger(spurious);
        }

        @Override
        public Condition newCondition() {
            Condition real = super.newCondition();
            return new Condition() {
                @Override
                public void await() throws InterruptedException {
                    if (spurious.getAndDecrement() > 0) {
                        return;
                    }
                    real.await();
                }

                @Override
                public void awaitUninterruptibly() {
                    if (spurious.getAndDecrement() > 0) {
                        return;
                    }
                    real.awaitUninterruptibly();
                }

                @Override
                public long awaitNanos(long nanos) throws InterruptedException {
                    if (spurious.getAndDecrement() > 0) {
                        return nanos;
                    }
                    return real.awaitNanos(nanos);
                }

                @Override
                public boolean await(long time, TimeUnit unit) throws InterruptedException {
                    if (spurious.getAndDecrement() > 0) {
                        return true;
                    }
                    return real.await(time, unit);
                }

                @Override
                public boolean awaitUntil(Date deadline) throws InterruptedException {
                    if (spurious.getAndDecrement() > 0) {
                        return true;
                    }
                    return real.awaitUntil(deadline);
                }

                @Override
                public void signal() {
                    real.signal();
                }

                @Override
                public void signalAll() {
                    real.signalAll();
                }
            };
        }
    }

    @Test
    void takeSurvivesSpuriousWakeups() {
        assertTimeoutPreemptively(Duration.ofSeconds(8), () -> {
            BoundedBuffer<String> buffer = new BoundedBuffer<>(2, new SpuriousLock(3));
            Call<String> consumer = new Call<>(buffer::take);
            assertEquals(Thread.State.WAITING, waitingOrDone(consumer.thread),
                    "after a spurious wake-up take() must check again and keep waiting; it ended with: " + consumer.outcome);
            buffer.put("x");
            consumer.thread.join(3000);
            assertEquals("x", consumer.outcome);
        });
    }

    @Test
    void putSurvivesSpuriousWakeups() {
        assertTimeoutPreemptively(Duration.ofSeconds(8), () -> {
            BoundedBuffer<String> spurious = new BoundedBuffer<>(1, new SpuriousLock(3));
            spurious.put("a");
            Call<Object> producer = new Call<>(() -> {
                spurious.put("b");
                return "put returned";
            });
            assertEquals(Thread.State.WAITING, waitingOrDone(producer.thread),
                    "after a spurious wake-up put() must check again and keep waiting; it ended with: " + producer.outcome);
            assertEquals(1, spurious.size(), "capacity 1 exceeded");
            assertEquals("a", spurious.take());
            producer.thread.join(3000);
            assertEquals("b", spurious.take());
        });
    }

    @Test
    void waitingTakeCanBeInterrupted() {
        assertTimeoutPreemptively(Duration.ofSeconds(8), () -> {
            BoundedBuffer<String> buffer = new BoundedBuffer<>(1);
            Call<String> consumer = new Call<>(buffer::take);
            assertEquals(Thread.State.WAITING, waitingOrDone(consumer.thread), "take() on empty must wait");
            consumer.thread.interrupt();
            consumer.thread.join(3000);
            assertTrue(consumer.outcome instanceof InterruptedException,
                    "an interrupted take() must throw InterruptedException, got " + consumer.outcome);
        });
    }

    /** 4 producers x 2,500 items, 4 consumers, capacity 8: every item once, per-producer order kept, size <= 8. */
    @Test
    void fourProducersFourConsumersDeliverEveryItemOnceInOrder() {
        assertTimeoutPreemptively(Duration.ofSeconds(9), () -> {
            BoundedBuffer<int[]> buffer = new BoundedBuffer<>(8);
            int perProducer = 2500;
            CountDownLatch go = new CountDownLatch(1);
            AtomicInteger maxSize = new AtomicInteger();
            List<ConcurrentLinkedQueue<int[]>> seenBy = new ArrayList<>();
            List<Thread> threads = new ArrayList<>();
            for (int p = 0; p < 4; p++) {
                int producer = p;
                threads.add(Thread.ofPlatform().daemon().start(() -> {
                    try {
                        go.await();
                        for (int i = 0; i < perProducer; i++) {
                            buffer.put(new int[] {producer, i});
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }));
            }
            for (int c = 0; c < 4; c++) {
                ConcurrentLinkedQueue<int[]> mine = new ConcurrentLinkedQueue<>();
                seenBy.add(mine);
                threads.add(Thread.ofPlatform().daemon().start(() -> {
                    try {
                        go.await();
                        for (int i = 0; i < perProducer; i++) {
                            mine.add(buffer.take());
                            maxSize.accumulateAndGet(buffer.size(), Math::max);
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }));
            }
            go.countDown();
            for (Thread t : threads) {
                t.join();
            }
            boolean[][] got = new boolean[4][perProducer];
            int total = 0;
            for (ConcurrentLinkedQueue<int[]> mine : seenBy) {
                int[] last = {-1, -1, -1, -1};
                for (int[] item : mine) {
                    assertFalse(got[item[0]][item[1]], "item consumed twice: " + item[0] + "/" + item[1]);
                    got[item[0]][item[1]] = true;
                    assertTrue(item[1] > last[item[0]], "producer " + item[0] + "'s items out of order");
                    last[item[0]] = item[1];
                    total++;
                }
            }
            assertEquals(4 * perProducer, total, "items consumed");
            assertTrue(maxSize.get() <= 8, "size() exceeded the capacity: " + maxSize.get());
            assertEquals(0, buffer.size());
        });
    }

    /** Polls until {@code t} is WAITING or has ended; returns the state seen. Never sleeps a fixed time. */
    static Thread.State waitingOrDone(Thread t) {
        long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        while (System.nanoTime() < deadline) {
            Thread.State s = t.getState();
            if (s == Thread.State.WAITING || s == Thread.State.TERMINATED) {
                return s;
            }
            Thread.onSpinWait();
        }
        return t.getState();
    }

    /** Runs {@code body} on a daemon platform thread, keeping what it returned or threw. */
    static final class Call<V> {
        final Thread thread;
        volatile Object outcome = "<still running>";

        Call(java.util.concurrent.Callable<V> body) {
            thread = Thread.ofPlatform().daemon().start(() -> {
                try {
                    outcome = body.call();
                } catch (Throwable e) {
                    outcome = e;
                }
            });
        }
    }
}
