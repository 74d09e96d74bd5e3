package dev.spindle.lessons.bench;

/** Human units for nanosecond figures. */
final class Durations {

    private Durations() {}

    static String format(double nanos) {
        if (nanos >= 1e9) return "%.2f s".formatted(nanos / 1e9);
        if (nanos >= 1e6) return "%.2f ms".formatted(nanos / 1e6);
        if (nanos >= 1e3) return "%.2f µs".formatted(nanos / 1e3);
        return "%.0f ns".formatted(nanos);
    }

    /** The unit that keeps the largest value readable, with its divisor. */
    static Unit unitFor(double largestNanos) {
        if (largestNanos >= 1e9) return new Unit("s", 1e9);
        if (largestNanos >= 1e6) return new Unit("ms", 1e6);
        if (largestNanos >= 1e3) return new Unit("µs", 1e3);
        return new Unit("ns", 1);
    }

    record Unit(String name, double nanos) {}
}
