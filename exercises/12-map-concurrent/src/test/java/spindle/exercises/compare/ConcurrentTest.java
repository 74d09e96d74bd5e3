package spindle.exercises.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ConcurrentTest {

    @Test
    void appliesTheFunctionToEveryInput() {
        assertTimeoutPreemptively(Duration.ofSeconds(8), () -> {
            assertEquals(List.of(1, 4, 9, 16), Concurrent.mapConcurrent(List.of(1, 2, 3, 4), 2, x -> x * x));
            assertEquals(List.of(), Concurrent.mapConcurrent(List.<Integer>of(), 2, x -> x));
            assertThrows(IllegalArgumentException.class, () -> Concurrent.mapConcurrent(List.of(1), 0, x -> x));
        });
    }

    /** Input 0 finishes last (it waits for input 2): the result list must still be in input order. */
    @Test
    void resultsComeBackInInputOrder() {
        assertTimeoutPreemptively(Duration.ofSeconds(8), () -> {
            CountDownLatch lastDone = new CountDownLatch(1);
            List<String> out = Concurrent.mapConcurrent(List.of("a", "b", "c"), 3, s -> {
                try {
                    if (s.equals("a")) {
                        lastDone.await(3, TimeUnit.SECONDS);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                if (s.equals("c")) {
                    lastDone.countDown();
                }
                return s.toUpperCase();
            });
            assertEquals(List.of("A", "B", "C"), out);
        });
    }

    @Test
    void everyCallRunsOnAVirtualThread() {
        assertTimeoutPreemptively(Duration.ofSeconds(8), () -> {
            AtomicBoolean allVirtual = new AtomicBoolean(true);
            Concurrent.mapConcurrent(List.of(1, 2, 3, 4, 5, 6), 3, x -> {
                if (!Thread.currentThread().isVirtual()) {
                    allVirtual.set(false);
                }
                return x;
            });
            assertTrue(allVirtual.get(), "fn must run on virtual threads");
        });
    }
}
