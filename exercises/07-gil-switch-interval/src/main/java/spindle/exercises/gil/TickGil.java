package spindle.exercises.gil;

/**
 * The GIL of CPython 3.1 and earlier — a worked example, given, not graded.
 *
 * <p>Every {@code checkInterval} ticks ("ticks 计数达到阈值", default 100) the holder releases the GIL and asks for it
 * again, whether anyone waits or not. On one core the OS then runs the woken waiter, so it gets the GIL. On several
 * cores the releasing thread is still running and re-acquires before the waiter wakes up: the waiter's wake-up is
 * wasted and an I/O thread can starve behind a CPU thread (David Beazley's "convoy" and thrashing measurements).
 */
public final class TickGil implements GilPolicy {

    private final long checkInterval;

    public TickGil(long checkInterval) {
        this.checkInterval = checkInterval;
    }

    @Override
    public boolean mustDrop(GilView view) {
        return view.heldFor() >= checkInterval;
    }

    @Override
    public int pickNext(GilView view, int dropper) {
        if (dropper >= 0 && view.cores() > 1) {
            return dropper; // still on its CPU: it wins the race for the mutex
        }
        for (GilView.Waiter w : view.waiters()) {
            if (w.thread() != dropper) {
                return w.thread();
            }
        }
        return dropper;
    }
}
