package spindle.exercises.generators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class GeneratorHiddenTest {

    @Test
    void infiniteGeneratorCanBeConsumedPartly() {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            AtomicInteger steps = new AtomicInteger();
            Generator<Long> naturals = new Generator<>(y -> {
                for (long i = 0; i < 5_000_000; i++) { // stands in for an endless stream
                    steps.incrementAndGet();
                    y.yield(i % 100);
                }
            });
            List<Long> first = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                first.add(naturals.next());
            }
            assertEquals(List.of(0L, 1L, 2L, 3L, 4L), first);
            assertEquals(5, steps.get(), "the body may only run as far as the five values asked for");
            naturals.close();
        }, "an infinite generator must be lazy");
    }

    /** Body and consumer take turns, so their trace interleaves exactly. */
    @Test
    void bodyAndConsumerTakeTurns() {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            List<String> trace = Collections.synchronizedList(new ArrayList<>());
            Generator<Integer> g = new Generator<>(y -> {
                for (int i = 0; i < 3; i++) {
                    trace.add("body" + i);
                    y.yield(i);
                }
                trace.add("body-end");
            });
            while (g.hasNext()) {
                trace.add("consumer" + g.next());
            }
            assertEquals(List.of("body0", "consumer0", "body1", "consumer1", "body2", "consumer2", "body-end"), trace);
        });
    }

    @Test
    void exceptionInTheBodySurfacesOnNext() {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            IllegalStateException boom = new IllegalStateException("boom");
            Generator<Integer> g = new Generator<>(y -> {
                y.yield(1);
                throw boom;
            });
            assertEquals(1, g.next());
            IllegalStateException thrown = assertThrows(IllegalStateException.class, g::next);
            assertSame(boom, thrown);
            assertEquals(Generator.State.CLOSED, g.state());
            assertFalse(g.hasNext());
            Generator<Integer> checked = new Generator<>(y -> {
                throw new IOException("io");
            });
            RuntimeException wrapped = assertThrows(RuntimeException.class, checked::hasNext);
            assertTrue(wrapped.getCause() instanceof IOException, "a checked exception becomes the cause");
        });
    }

    @Test
    void closeRunsTheFinallyOfASuspendedBody() {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            AtomicBoolean cleanedUp = new AtomicBoolean();
            AtomicBoolean sawClosed = new AtomicBoolean();
            Generator<String> g = new Generator<>(y -> {
                try {
                    y.yield("first");
                    y.yield("second");
                } catch (Generator.Closed c) {
                    sawClosed.set(true);
                    throw c;
                } finally {
                    cleanedUp.set(true);
                }
            });
            assertEquals("first", g.next());
            g.close();
            assertTrue(sawClosed.get(), "yield() must throw Generator.Closed in the body");
            assertTrue(cleanedUp.get(), "close() returns only after the body's finally ran");
            assertEquals(Generator.State.CLOSED, g.state());
            assertThrows(NoSuchElementException.class, g::next);
            g.close();
        });
    }

    @Test
    void closingBeforeTheStartNeverRunsTheBody() {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            AtomicBoolean ran = new AtomicBoolean();
            Generator<String> g = new Generator<>(y -> {
                ran.set(true);
                y.yield("x");
            });
            g.close();
            assertEquals(Generator.State.CLOSED, g.state());
            assertFalse(g.hasNext());
            assertFalse(ran.get(), "the body of a generator closed before its start must never run");
        });
    }
}
