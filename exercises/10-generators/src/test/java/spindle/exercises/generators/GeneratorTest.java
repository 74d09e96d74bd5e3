package spindle.exercises.generators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class GeneratorTest {

    @Test
    void yieldsTheValuesInOrder() {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            Generator<Integer> g = new Generator<>(y -> {
                for (int i = 3; i > 0; i--) {
                    y.yield(i);
                }
            });
            List<Integer> got = new ArrayList<>();
            g.forEachRemaining(got::add);
            assertEquals(List.of(3, 2, 1), got);
            assertFalse(g.hasNext());
        });
    }

    @Test
    void bodyRunsOnlyAsFarAsTheConsumerAsks() {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            AtomicInteger produced = new AtomicInteger();
            Generator<Integer> g = new Generator<>(y -> {
                for (int i = 0; i < 1_000_000; i++) { // "endless" for this test
                    y.yield(produced.incrementAndGet());
                }
            });
            assertEquals(0, produced.get(), "creating a generator must not run its body");
            assertEquals(1, g.next());
            assertEquals(1, produced.get(), "one next(), one step of the body");
            assertEquals(2, g.next());
            assertEquals(2, produced.get());
            g.close();
        });
    }

    @Test
    void statesFollowPython() {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            AtomicReference<Generator<String>> self = new AtomicReference<>();
            List<Generator.State> seenInside = new ArrayList<>();
            Generator<String> g = new Generator<>(y -> {
                seenInside.add(self.get().state());
                y.yield("a");
            });
            self.set(g);
            assertEquals(Generator.State.CREATED, g.state());
            assertEquals("a", g.next());
            assertEquals(Generator.State.SUSPENDED, g.state());
            assertEquals(List.of(Generator.State.RUNNING), seenInside, "the body sees its generator RUNNING");
            assertFalse(g.hasNext());
            assertEquals(Generator.State.CLOSED, g.state());
        });
    }
}
