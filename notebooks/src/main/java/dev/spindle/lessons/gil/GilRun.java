package dev.spindle.lessons.gil;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The outcome of one {@link GilSimulator} run.
 *
 * @param switches        how many times the GIL went to a thread other than its previous holder (the first
 *                        acquisition counts, as CPython's {@code switch_number} does)
 * @param spuriousWakeups waiters woken only to find the GIL taken again (old rule, several cores)
 * @param makespan        virtual µs until the last thread finished
 */
public record GilRun(
        SwitchRule rule,
        int cores,
        List<GilEvent> events,
        List<ThreadStats> threads,
        int switches,
        int spuriousWakeups,
        long makespan) {

    public GilRun {
        events = List.copyOf(events);
        threads = List.copyOf(threads);
    }

    public ThreadStats thread(String name) {
        return threads.stream()
                .filter(t -> t.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("no thread " + name));
    }

    /** Every time the GIL passed between two different threads, in order. */
    public List<Handoff> handoffs() {
        List<Handoff> result = new ArrayList<>();
        String previous = null;
        for (GilEvent e : events) {
            if (e instanceof GilEvent.Acquired a) {
                if (previous != null && !previous.equals(a.thread())) {
                    result.add(new Handoff(a.at(), previous, a.thread()));
                }
                previous = a.thread();
            }
        }
        return result;
    }

    public List<Long> handoffTimes() {
        return handoffs().stream().map(Handoff::at).toList();
    }

    /** Events about one thread only. */
    public List<GilEvent> eventsOf(String name) {
        return events.stream().filter(e -> e.thread().equals(name)).toList();
    }

    /** The run as a Gantt-ready timeline: who held the GIL, who waited, who was in I/O. */
    public dev.spindle.lessons.timeline.Timeline toTimeline() {
        return GilTimeline.of(this);
    }

    /** One line per thread, in the style of the lesson's comparison table. */
    public String summary() {
        StringBuilder out = new StringBuilder();
        out.append("%s, cores=%d: makespan=%dus switches=%d spurious=%d%n"
                .formatted(rule.label(), cores, makespan, switches, spuriousWakeups));
        for (ThreadStats t : threads) {
            out.append("  %-6s done %7dus  gil waits max %6dus avg %8.1fus  acquisitions=%d%n"
                    .formatted(t.name(), t.finishedAt(), t.maxWait(), t.averageWait(), t.acquisitions()));
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return summary();
    }
}
