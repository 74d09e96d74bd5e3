package dev.spindle.lessons.bench;

import java.util.Arrays;
import java.util.List;

/**
 * Summary of timing samples (nanoseconds). Percentiles interpolate linearly between the sorted samples
 * (numpy's default), so p50 of {1, 2, 3, 4} is 2.5.
 */
public record Stats(int count, double min, double p10, double median, double p90, double max, double mean) {

    public static Stats of(List<Long> samples) {
        if (samples.isEmpty()) throw new IllegalArgumentException("no samples");
        double[] sorted = samples.stream().mapToDouble(Long::doubleValue).sorted().toArray();
        return new Stats(sorted.length, sorted[0], percentile(sorted, 10), percentile(sorted, 50),
                percentile(sorted, 90), sorted[sorted.length - 1], Arrays.stream(sorted).average().orElseThrow());
    }

    static double percentile(double[] sorted, double p) {
        double rank = p / 100 * (sorted.length - 1);
        int below = (int) Math.floor(rank);
        int above = (int) Math.ceil(rank);
        return sorted[below] + (rank - below) * (sorted[above] - sorted[below]);
    }

    /** (p90 - p10) / median: how far apart typical runs are; above ~0.2 the comparison is mostly noise. */
    public double spread() {
        return median == 0 ? 0 : (p90 - p10) / median;
    }
}
