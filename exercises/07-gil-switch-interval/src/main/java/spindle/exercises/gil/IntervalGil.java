package spindle.exercises.gil;

/**
 * The GIL of CPython 3.2 and later ("new GIL", Antoine Pitrou) — your job.
 *
 * <p>The rule, as in {@code Python/ceval_gil.h}:
 * <ol>
 *   <li>A holder never drops the GIL just because it has run for a while: it drops it only when a waiter asks.</li>
 *   <li>A waiter asks ({@code gil_drop_request}) once it has waited {@code interval} µs (the switch interval,
 *       {@code sys.setswitchinterval}, default 5 ms) <em>without any switch happening meanwhile</em>: its wait is
 *       measured from the later of the moment it started waiting and the last switch.</li>
 *   <li>The holder drops at its next eval-breaker check (here: the end of the current tick) and, with
 *       {@code FORCE_SWITCHING}, may not take the GIL straight back: another thread gets it. Among the others the one
 *       that has waited longest goes first (ties: lower thread id).</li>
 *   <li>When the GIL is released for I/O or because the holder finished, the longest waiter gets it.</li>
 * </ol>
 * The number of cores does not matter to this rule.
 */
public final class IntervalGil implements GilPolicy {

    /** @param intervalMicros the switch interval in µs (5000 = CPython's default 5 ms); must be positive */
    public IntervalGil(long intervalMicros) {
        throw new UnsupportedOperationException("Implement IntervalGil(long): store the switch interval");
    }

    @Override
    public boolean mustDrop(GilView view) {
        throw new UnsupportedOperationException(
                "Implement IntervalGil.mustDrop(view): true once some waiter has waited `interval` µs since "
                        + "max(its wait start, the last switch)");
    }

    @Override
    public int pickNext(GilView view, int dropper) {
        throw new UnsupportedOperationException(
                "Implement IntervalGil.pickNext(view, dropper): the longest waiter that is not the dropper");
    }
}
