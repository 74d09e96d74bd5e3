package dev.spindle.lessons.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class GeneratorTest {

    @Test
    void runsTheBodyOnlyAsFarAsTheValuesAskedFor() {
        AtomicInteger produced = new AtomicInteger();
        Generator<Integer> g = Generator.of(y -> {
            for (int i = 0; i < 3; i++) {
                produced.incrementAndGet();
                y.yield(i);
            }
        });

        assertThat(produced).hasValue(0);
        assertThat(g.next()).isZero();
        assertThat(produced).hasValue(1);
        assertThat(g.next()).isEqualTo(1);
        assertThat(produced).hasValue(2);
    }

    @Test
    void anInfiniteGeneratorCanBeSliced() {
        Generator<Long> naturals = Generator.of(y -> {
            for (long n = 0; ; n++) y.yield(n);
        });

        assertThat(naturals.take(5)).containsExactly(0L, 1L, 2L, 3L, 4L);
        assertThat(naturals.take(2)).containsExactly(5L, 6L);
        naturals.close();
        assertThat(naturals.state()).isEqualTo(GeneratorState.CLOSED);
    }

    @Test
    void worksInAForEachLoopAndEndsLikeStopIteration() {
        Generator<String> g = Generator.of(y -> {
            y.yield("a");
            y.yield("b");
        });
        List<String> seen = new ArrayList<>();
        for (String s : g) seen.add(s);

        assertThat(seen).containsExactly("a", "b");
        assertThat(g.state()).isEqualTo(GeneratorState.CLOSED);
        assertThatThrownBy(g::next).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void sendMakesYieldReturnTheSentValue() {
        Generator<Double> averager = Generator.of(y -> {
            double total = 0;
            int count = 0;
            Double average = null;
            while (true) {
                double x = (Double) y.yield(average);
                total += x;
                count++;
                average = total / count;
            }
        });

        assertThat(averager.send(null)).isNull();
        assertThat(averager.send(10.0)).isEqualTo(10.0);
        assertThat(averager.send(20.0)).isEqualTo(15.0);
        assertThat(averager.send(30.0)).isEqualTo(20.0);
    }

    @Test
    void refusesANonNullSendToAJustStartedGenerator() {
        Generator<Integer> g = Generator.of(y -> y.yield(1));

        assertThatThrownBy(() -> g.send("hi"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("just-started");
        assertThat(g.state()).isEqualTo(GeneratorState.CREATED);
    }

    @Test
    void movesThroughTheFourStates() {
        List<GeneratorState> insideBody = new ArrayList<>();
        AtomicReference<Generator<Integer>> self = new AtomicReference<>();
        self.set(Generator.of(y -> {
            insideBody.add(self.get().state());
            y.yield(1);
        }));

        assertThat(self.get().state()).isEqualTo(GeneratorState.CREATED);
        self.get().next();
        assertThat(insideBody).containsExactly(GeneratorState.RUNNING);
        assertThat(self.get().state()).isEqualTo(GeneratorState.SUSPENDED);
        assertThat(self.get().hasNext()).isFalse();
        assertThat(self.get().state()).isEqualTo(GeneratorState.CLOSED);
        assertThat(GeneratorState.SUSPENDED.pythonName()).isEqualTo("GEN_SUSPENDED");
    }

    @Test
    void closeRunsFinallyAndEndsTheBodyThread() throws InterruptedException {
        List<String> log = new ArrayList<>();
        Generator<Integer> g = Generator.of(y -> {
            try {
                y.yield(1);
                y.yield(2);
            } finally {
                log.add("finally");
            }
        });
        g.next();
        g.close();

        assertThat(log).containsExactly("finally");
        assertThat(g.state()).isEqualTo(GeneratorState.CLOSED);
        assertThatThrownBy(g::next).isInstanceOf(NoSuchElementException.class);
        assertThat(g.bodyThread().join(Duration.ofSeconds(5))).isTrue();
    }

    @Test
    void closingAFreshGeneratorNeverRunsItsBody() {
        AtomicInteger runs = new AtomicInteger();
        Generator<Integer> g = Generator.of(y -> runs.incrementAndGet());
        g.close();

        assertThat(runs).hasValue(0);
        assertThat(g.bodyThread()).isNull();
        assertThat(g.hasNext()).isFalse();
    }

    @Test
    void anExceptionInTheBodySurfacesOnNextAndClosesTheGenerator() {
        Generator<Integer> g = Generator.of(y -> {
            y.yield(1);
            throw new IllegalArgumentException("boom");
        });
        g.next();

        assertThatThrownBy(g::next).isInstanceOf(IllegalArgumentException.class).hasMessage("boom");
        assertThat(g.state()).isEqualTo(GeneratorState.CLOSED);
    }

    @Test
    void throwInLandsAtTheYieldAndTheBodyMayRecover() {
        Generator<String> g = Generator.of(y -> {
            try {
                y.yield("waiting");
            } catch (IllegalStateException e) {
                y.yield("recovered from " + e.getMessage());
            }
        });
        g.next();

        assertThat(g.throwIn(new IllegalStateException("oops"))).isEqualTo("recovered from oops");
    }

    @Test
    void complainsWhenTheBodyIgnoresGeneratorExit() {
        Generator<Integer> g = Generator.of(y -> {
            while (true) {
                try {
                    y.yield(1);
                } catch (GeneratorExit ignored) {
                    // a badly behaved generator keeps going
                }
            }
        });
        g.next();

        assertThatThrownBy(g::close).isInstanceOf(IllegalStateException.class).hasMessageContaining("ignored");
        assertThat(g.state()).isEqualTo(GeneratorState.CLOSED);
    }

    @Test
    void checkedExceptionsArriveWrapped() {
        Generator<Integer> g = Generator.of(y -> {
            throw new java.io.IOException("disk");
        });

        assertThatThrownBy(g::next).hasCauseInstanceOf(java.io.IOException.class);
    }
}
