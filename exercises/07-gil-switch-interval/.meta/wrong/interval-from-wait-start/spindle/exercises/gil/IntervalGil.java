package spindle.exercises.gil;

/** Wrong: measures the wait from when the waiter started waiting, ignoring switches (CPython restarts the timed wait when switch_number changed). */
public final class IntervalGil implements GilPolicy {

    private final long interval;

    public IntervalGil(long intervalMicros) {
        if (intervalMicros <= 0) {
            throw new IllegalArgumentException("interval must be positive: " + intervalMicros);
        }
        this.interval = intervalMicros;
    }

    @Override
    public boolean mustDrop(GilView view) {
        for (GilView.Waiter w : view.waiters()) {
            if (view.now() - w.since() >= interval) {
                return true;
            }
        }
        return false;
    }

    @Override
    public int pickNext(GilView view, int dropper) {
        for (GilView.Waiter w : view.waiters()) {
            if (w.thread() != dropper) {
                return w.thread();
            }
        }
        return dropper;
    }
}
