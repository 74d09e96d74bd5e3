package dev.spindle.lessons.gil;

/**
 * Costs the pure model leaves out, in virtual microseconds. They are knobs for showing a trend (contention makes
 * CPU-bound threads slower on many cores), not measurements of any machine.
 *
 * @param handoffMicros          dead time when the GIL passes to a different thread (an OS context switch)
 * @param contendedReleaseMicros time the holder loses at each check-interval release that wakes a waiter on another
 *                               core which then fails to get the GIL (Beazley's thrashing)
 */
public record Overheads(long handoffMicros, long contendedReleaseMicros) {

    public static final Overheads NONE = new Overheads(0, 0);

    public Overheads {
        if (handoffMicros < 0 || contendedReleaseMicros < 0) {
            throw new IllegalArgumentException("overheads must not be negative");
        }
    }
}
