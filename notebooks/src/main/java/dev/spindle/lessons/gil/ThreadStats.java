package dev.spindle.lessons.gil;

/** Per-thread totals of one simulation run; times are virtual microseconds. */
public record ThreadStats(
        String name,
        long finishedAt,
        long cpuTicks,
        int acquisitions,
        long maxWait,
        long totalWait,
        int spuriousWakeups) {

    public double averageWait() {
        return acquisitions == 0 ? 0 : (double) totalWait / acquisitions;
    }
}
