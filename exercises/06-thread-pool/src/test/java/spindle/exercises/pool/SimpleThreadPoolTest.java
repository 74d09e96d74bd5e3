package spindle.exercises.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SimpleThreadPoolTest {

    @Test
    void returnsEveryResultThroughItsFuture() {
        assertTimeoutPreemptively(Duration.ofSeconds(8), () -> {
            SimpleThreadPool pool = new SimpleThreadPool(3, new CountingFactory());
            List<Future<Integer>> futures = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                int n = i;
                futures.add(pool.submit(() -> n * n));
            }
            for (int i = 0; i < 20; i++) {
                assertEquals(i * i, futures.get(i).get(3, TimeUnit.SECONDS));
            }
            pool.shutdown();
        });
    }

    @Test
    void fiftyTasksRunOnAtMostThreeFactoryThreads() {
        assertTimeoutPreemptively(Duration.ofSeconds(8), () -> {
            CountingFactory factory = new CountingFactory();
            SimpleThreadPool pool = new SimpleThreadPool(3, factory);
            Set<Thread> ranOn = ConcurrentHashMap.newKeySet();
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                futures.add(pool.submit(() -> ranOn.add(Thread.currentThread())));
            }
            for (Future<?> f : futures) {
                f.get(3, TimeUnit.SECONDS);
            }
            assertTrue(factory.created.size() <= 3, "threads created: " + factory.created.size() + " (max 3)");
            assertTrue(factory.created.containsAll(ranOn), "tasks must run on the factory's threads");
            pool.shutdown();
        });
    }

    @Test
    void rejectsTasksAfterShutdown() {
        assertTimeoutPreemptively(Duration.ofSeconds(8), () -> {
            SimpleThreadPool pool = new SimpleThreadPool(2, new CountingFactory());
            pool.shutdown();
            assertThrows(RejectedExecutionException.class, () -> pool.submit(() -> 1));
            assertTrue(pool.awaitTermination(3, TimeUnit.SECONDS), "an idle pool must terminate after shutdown");
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
