package dev.spindle.lessons.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.spindle.lessons.chart.Bar;
import dev.spindle.runtime.MimeTypes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;

class BenchmarkTest {

    /** A clock that returns the given readings in order. */
    private static LongSupplier scripted(long... readings) {
        AtomicInteger next = new AtomicInteger();
        return () -> readings[next.getAndIncrement()];
    }

    @Test
    void warmsUpUntimedThenTimesEachIteration() {
        AtomicInteger calls = new AtomicInteger();
        BenchResult result = Benchmark.named("work").warmups(3).iterations(5)
                .clock(scripted(0, 5, 10, 11, 20, 23, 30, 32, 40, 44))
                .run(calls::incrementAndGet);

        assertThat(calls).hasValue(8);
        assertThat(result.samples()).containsExactly(5L, 1L, 3L, 2L, 4L);
        assertThat(result.warmups()).isEqualTo(3);
    }

    @Test
    void summarisesWithInterpolatedPercentiles() {
        Stats stats = Stats.of(List.of(5L, 1L, 3L, 2L, 4L));

        assertThat(stats.min()).isEqualTo(1);
        assertThat(stats.max()).isEqualTo(5);
        assertThat(stats.median()).isEqualTo(3);
        assertThat(stats.p10()).isCloseTo(1.4, within(1e-9));
        assertThat(stats.p90()).isCloseTo(4.6, within(1e-9));
        assertThat(stats.mean()).isEqualTo(3);
        assertThat(stats.spread()).isCloseTo(3.2 / 3, within(1e-9));
        assertThat(Stats.of(List.of(1L, 2L, 3L, 4L)).median()).isEqualTo(2.5);
    }

    @Test
    void flagsResultsWhoseSpreadExceedsTwentyPercent() {
        BenchResult steady = new BenchResult("steady", 0, List.of(100L, 101L, 99L, 100L),
                Stats.of(List.of(100L, 101L, 99L, 100L)));
        BenchResult noisy = new BenchResult("noisy", 0, List.of(100L, 200L, 50L, 100L),
                Stats.of(List.of(100L, 200L, 50L, 100L)));

        assertThat(steady.isNoisy()).isFalse();
        assertThat(noisy.isNoisy()).isTrue();
        assertThat(BenchReport.of("t", steady, noisy).noiseNote()).contains("noisy").doesNotContain("steady,");
    }

    @Test
    void reportChartsMediansWithP10ToP90WhiskersInAReadableUnit() {
        List<Long> micros = List.of(10_000L, 12_000L, 11_000L, 30_000L, 9_000L);
        BenchReport report = BenchReport.of("sleep",
                new BenchResult("a", 0, micros, Stats.of(micros)));

        Bar bar = report.chart().bars().getFirst();
        assertThat(report.chart().valueLabel()).startsWith("median per run (µs)");
        assertThat(bar.value()).isEqualTo(11.0);
        assertThat(bar.low()).isCloseTo(9.4, within(1e-9));
        assertThat(bar.high()).isCloseTo(22.8, within(1e-9));
        assertThat(report.toMime().data()).containsKeys(MimeTypes.PNG, MimeTypes.VEGA_LITE);
        assertThat((String) report.toMime().data().get(MimeTypes.TEXT)).contains("a: median 11.00 µs");
    }

    @Test
    void realRunsProduceSamplesAndASampleChart() throws Exception {
        BenchResult sum = Benchmark.named("sum 1e5").warmups(2).iterations(10)
                .measure(() -> java.util.stream.LongStream.range(0, 100_000).sum());
        BenchResult sort = Benchmark.named("sort 1e4").warmups(2).iterations(10)
                .measure(() -> new java.util.Random(42).ints(10_000).sorted().toArray());

        assertThat(sum.samples()).hasSize(10).allSatisfy(s -> assertThat(s).isNotNegative());
        Path dir = Files.createDirectories(Path.of("target", "chart-samples"));
        BenchReport.of("two small jobs", sum, sort).chart().savePng(dir.resolve("bench-bars.png"));
        assertThat(dir.resolve("bench-bars.png")).exists();
    }
}
