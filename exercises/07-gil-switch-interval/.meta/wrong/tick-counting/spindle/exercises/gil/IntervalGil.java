package spindle.exercises.gil;

/** Wrong: keeps the pre-3.2 rule: drops every `interval` ticks of holding, whether anyone waits or not. */
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
        return view.heldFor() >= 100;
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
