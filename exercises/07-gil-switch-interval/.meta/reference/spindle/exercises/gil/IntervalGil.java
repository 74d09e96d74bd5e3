package spindle.exercises.gil;

/** Reference: drop request after `interval` without a switch; forced switch to the longest other waiter. */
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
            if (view.now() - Math.max(w.since(), view.lastSwitchAt()) >= interval) {
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
