package dev.spindle.lessons.bench;

import java.util.List;

/** Measured samples of one benchmark, in nanoseconds per iteration, and their summary. */
public record BenchResult(String name, int warmups, List<Long> samples, Stats stats) {

    /** Above this spread the lesson says so instead of pretending to precision. */
    public static final double NOISY_SPREAD = 0.2;

    public BenchResult {
        samples = List.copyOf(samples);
    }

    public boolean isNoisy() {
        return stats.spread() > NOISY_SPREAD;
    }

    @Override
    public String toString() {
        return "%s: median %s (p10 %s, p90 %s, min %s, max %s, spread %.0f%%)%s".formatted(name,
                Durations.format(stats.median()), Durations.format(stats.p10()), Durations.format(stats.p90()),
                Durations.format(stats.min()), Durations.format(stats.max()), stats.spread() * 100,
                isNoisy() ? " NOISY" : "");
    }
}
