package spindle.exercises.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SimpleThreadPoolHiddenTest {

    @Test
    void threeWorkersRunThreeTasksAtOnce() {
        assertTimeoutPreemptively(Duration.ofSeconds(8), () -> {
            SimpleThreadPool pool = new SimpleThreadPool(3, new CountingFactory());
            CountDownLatch allInside = new CountDownLatch(3);
            List<Future<Boolean>> futures = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                futures.add(pool.submit(() -> {
                    allInside.countDown();
                    return allInside.await(3, TimeUnit.SECONDS);
                }));
            }
            for (Future<Boolean> f : futures) {
                assertTrue(f.get(5, TimeUnit.SECONDS), "3 workers must run 3 tasks at the same time");
            }
            pool.shutdown();
        });
    }

    @Test
    void queuedTasksStillRunAfterShutdown() {
        assertTimeoutPreemptively(Duration.ofSeconds(8), () -> {
            SimpleThreadPool pool = new SimpleThreadPool(1, new CountingFactory());
            CountDownLatch release = new CountDownLatch(1);
            AtomicInteger ran = new AtomicInteger();
            List<Future<?>> futures = new ArrayList<>();
            futures.add(pool.submit(() -> {
                release.await();
                return ran.incrementAndGet();
            }));
            for (int i = 0; i < 5; i++) {
                futures.add(pool.submit(ran::incrementAndGet));
            }
            pool.shutdown();
            release.countDown();
            for (Future<?> f : futures) {
                f.get(3, TimeUnit.SECONDS);
            }
            assertEquals(6, ran.get(), "tasks queued before shutdown must all run");
            assertTrue(pool.awaitTermination(3, TimeUnit.SECONDS));
        });
    }

    @Test
    void workerThreadsEndAfterShutdown() {
        assertTimeoutPreemptively(Duration.ofSeconds(8), () -> {
            CountingFactory factory = new CountingFactory();
            SimpleThreadPool pool = new SimpleThreadPool(3, factory);
            for (int i = 0; i < 10; i++) {
                pool.submit(() -> 1).get(3, TimeUnit.SECONDS);
            }
            pool.shutdown();
            assertTrue(pool.awaitTermination(3, TimeUnit.SECONDS), "awaitTermination after shutdown");
            for (Thread t : factory.created) {
                t.join(1000);
                assertFalse(t.isAlive(), t.getName() + " is still alive after termination");
            }
        });
    }

    @Test
    void awaitTerminationReturnsFalseWhileATaskIsStillRunning() {
        assertTimeoutPreemptively(Duration.ofSeconds(8), () -> {
            SimpleThreadPool pool = new SimpleThreadPool(1, new CountingFactory());
            CountDownLatch release = new CountDownLatch(1);
            Future<?> busy = pool.submit(() -> {
                release.await();
                return null;
            });
            pool.shutdown();
            assertFalse(pool.awaitTermination(100, TimeUnit.MILLISECONDS), "a task is still blocked");
            release.countDown();
            busy.get(3, TimeUnit.SECONDS);
            assertTrue(pool.awaitTermination(3, TimeUnit.SECONDS));
        });
    }

    @Test
    void aFailingTaskFailsItsFutureAndTheWorkerCarriesOn() {
        assertTimeoutPreemptively(Duration.ofSeconds(8), () -> {
            CountingFactory factory = new CountingFactory();
            SimpleThreadPool pool = new SimpleThreadPool(1, factory);
            IOException boom = new IOException("boom");
            Future<Object> failing = pool.submit(() -> {
                throw boom;
            });
            ExecutionException e = assertThrows(ExecutionException.class, () -> failing.get(3, TimeUnit.SECONDS));
            assertEquals(boom, e.getCause(), "the task's exception must be the cause");
            assertEquals(42, pool.submit(() -> 42).get(3, TimeUnit.SECONDS), "the pool must keep working");
            assertTrue(factory.created.size() <= 1, "threads created: " + factory.created.size());
            pool.shutdown();
        });
    }

    /** Counts and remembers every thread the pool asks for; threads are daemons so a broken pool cannot hang the JVM. */
    static final class CountingFactory implements ThreadFactory {
        final List<Thread> created = new CopyOnWriteArrayList<>();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = Thread.ofPlatform().daemon().name("pool-worker-" + created.size()).unstarted(r);
            created.add(t);
            return t;
        }
    }
}
