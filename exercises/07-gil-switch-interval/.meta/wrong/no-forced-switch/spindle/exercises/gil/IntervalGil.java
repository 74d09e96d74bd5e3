package spindle.exercises.gil;

/** Wrong: no FORCE_SWITCHING: the dropper may grab the GIL straight back, as on the old multicore GIL. */
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
        if (dropper >= 0) {
            return dropper;
        }
        return view.waiters().get(0).thread();
    }
}
