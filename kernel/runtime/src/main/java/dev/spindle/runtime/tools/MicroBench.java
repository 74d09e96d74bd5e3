package dev.spindle.runtime.tools;

import java.util.Arrays;

/**
 * A small benchmark loop for {@code %%bench}: warms the code up, then times batches of calls and reports the
 * time per call as median, p10 and p90 over the batches. Good enough to compare two ideas in a lesson; not JMH.
 */
public final class MicroBench {

    /** Per-call times in nanoseconds over {@code batches} samples of {@code callsPerBatch} calls each. */
    public record Result(long callsPerBatch, int batches, double medianNanos, double p10Nanos, double p90Nanos) {

        @Override
        public String toString() {
            return String.format("%s per call (median), p10 %s, p90 %s — %d batches of %d calls after warm-up",
                    human(medianNanos), human(p10Nanos), human(p90Nanos), batches, callsPerBatch);
        }
    }

    @FunctionalInterface
    public interface Body {
        void run() throws Throwable;
    }

    private MicroBench() {
    }

    public static Result run(Body body, long warmUpMillis, int batches) throws Throwable {
        long callsPerBatch = 1;
        long warmUpEnd = System.nanoTime() + warmUpMillis * 1_000_000L;
        // warm-up doubles the batch until one batch takes about a millisecond
        while (System.nanoTime() < warmUpEnd) {
            long took = time(body, callsPerBatch);
            if (took < 1_000_000L && callsPerBatch < (1L << 40)) {
                callsPerBatch *= 2;
            }
        }
        double[] perCall = new double[batches];
        for (int i = 0; i < batches; i++) {
            perCall[i] = (double) time(body, callsPerBatch) / callsPerBatch;
        }
        Arrays.sort(perCall);
        return new Result(callsPerBatch, batches, percentile(perCall, 50), percentile(perCall, 10), percentile(perCall, 90));
    }

    private static long time(Body body, long calls) throws Throwable {
        long start = System.nanoTime();
        for (long i = 0; i < calls; i++) {
            body.run();
        }
        return System.nanoTime() - start;
    }

    static double percentile(double[] sorted, int p) {
        int index = (int) Math.round((p / 100.0) * (sorted.length - 1));
        return sorted[index];
    }

    static String human(double nanos) {
        if (nanos < 1_000) {
            return String.format("%.1f ns", nanos);
        }
        if (nanos < 1_000_000) {
            return String.format("%.2f µs", nanos / 1e3);
        }
        if (nanos < 1_000_000_000) {
            return String.format("%.2f ms", nanos / 1e6);
        }
        return String.format("%.3f s", nanos / 1e9);
    }
}
