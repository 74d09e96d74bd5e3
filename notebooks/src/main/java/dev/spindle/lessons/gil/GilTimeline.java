package dev.spindle.lessons.gil;

import dev.spindle.lessons.timeline.Span;
import dev.spindle.lessons.timeline.SpanKind;
import dev.spindle.lessons.timeline.Timeline;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Turns a simulator log into spans: holding the GIL, waiting for it, and blocked in I/O. */
public final class GilTimeline {

    private GilTimeline() {}

    public static Timeline of(GilRun run) {
        return of(run, run.rule().label() + ", " + run.cores() + (run.cores() == 1 ? " core" : " cores"));
    }

    public static Timeline of(GilRun run, String title) {
        List<Span> spans = new ArrayList<>();
        Map<String, Long> waitingSince = new HashMap<>();
        Map<String, Long> holdingSince = new HashMap<>();
        for (GilEvent event : run.events()) {
            String t = event.thread();
            switch (event) {
                case GilEvent.Requested r -> waitingSince.put(t, r.at());
                case GilEvent.Acquired a -> {
                    Long since = waitingSince.remove(t);
                    if (since != null && a.at() > since) spans.add(new Span(t, SpanKind.WAITING_GIL, since, a.at()));
                    holdingSince.put(t, a.at());
                }
                case GilEvent.Released r -> {
                    Long since = holdingSince.remove(t);
                    if (since != null && r.at() > since) {
                        spans.add(new Span(t, SpanKind.HOLDING_GIL, since, r.at(), r.reason().name()));
                    }
                }
                case GilEvent.IoStarted io -> spans.add(new Span(t, SpanKind.BLOCKED_IO, io.at(), io.at() + io.micros()));
                case GilEvent.DropRequested ignored -> { }
                case GilEvent.SpuriousWakeup ignored -> { }
                case GilEvent.Finished ignored -> { }
            }
        }
        return new Timeline(title, "µs", spans);
    }
}
