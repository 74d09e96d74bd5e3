package spindle.exercises.gil;

import java.util.List;

/**
 * What a {@link GilPolicy} may look at. Given, not graded.
 *
 * @param now          virtual time in microseconds (1 tick of CPU work = 1 µs)
 * @param holder       the thread holding the GIL, or -1
 * @param heldFor      ticks the holder has executed since it last acquired the GIL
 * @param lastSwitchAt time at which the GIL last passed from one thread to a <em>different</em> thread (0 at start)
 * @param waiters      threads waiting for the GIL, in the order they started waiting
 * @param cores        CPU cores of the simulated machine
 */
public record GilView(long now, int holder, long heldFor, long lastSwitchAt, List<Waiter> waiters, int cores) {

    /** A thread waiting for the GIL since {@code since} (virtual µs). */
    public record Waiter(int thread, long since) {
    }
}
