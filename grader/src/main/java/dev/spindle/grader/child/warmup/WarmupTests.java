package dev.spindle.grader.child.warmup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The AOT training run's tests: they touch the JUnit paths a graded run takes (plain, repeated, parameterized,
 * a failing assertion, a thread) so the cache holds those classes already linked.
 */
public class WarmupTests {

    @Test
    void passes() throws InterruptedException {
        AtomicInteger counter = new AtomicInteger();
        Thread t = new Thread(counter::incrementAndGet);
        t.start();
        t.join();
        assertEquals(1, counter.get());
    }

    @Test
    void fails() {
        assertEquals(1, 2, "a failing assertion, on purpose");
    }

    @RepeatedTest(2)
    void repeats() {
        assertEquals(2, 1 + 1);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void takesParameters(int value) {
        assertEquals(value, Math.abs(value));
    }
}
