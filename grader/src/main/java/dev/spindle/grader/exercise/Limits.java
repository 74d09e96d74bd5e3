package dev.spindle.grader.exercise;

/** Resource limits for one graded run; a zero or missing value falls back to the default. */
public record Limits(int perTestSeconds, int wallSeconds, int heapMb, int maxThreads) {

    public static final Limits DEFAULT = new Limits(10, 120, 256, 256);

    public Limits {
        perTestSeconds = perTestSeconds > 0 ? perTestSeconds : 10;
        wallSeconds = wallSeconds > 0 ? wallSeconds : 120;
        heapMb = heapMb > 0 ? heapMb : 256;
        maxThreads = maxThreads > 0 ? maxThreads : 256;
    }

    /**
     * The limits of one child JVM that executes the tests {@code repetitions} times: each repetition gets the
     * whole wall-clock budget (and so the CPU-time backstop derived from it); per-test, heap and thread limits
     * are unchanged.
     */
    public Limits forRepetitions(int repetitions) {
        return new Limits(perTestSeconds, Math.multiplyExact(wallSeconds, Math.max(1, repetitions)), heapMb, maxThreads);
    }
}
