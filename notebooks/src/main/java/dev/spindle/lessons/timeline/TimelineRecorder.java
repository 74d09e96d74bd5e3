package dev.spindle.lessons.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Collects spans from any number of threads. Time comes from a clock: real time ({@link #realTime()}, microseconds
 * since the recorder was made) or a virtual clock the caller advances, which makes recordings repeatable.
 */
public final class TimelineRecorder {

    private final LongSupplier clock;
    private final String unit;
    private final List<Span> spans = new ArrayList<>();

    public TimelineRecorder(LongSupplier clock, String unit) {
        this.clock = clock;
        this.unit = unit;
    }

    public static TimelineRecorder realTime() {
        long origin = System.nanoTime();
        return new TimelineRecorder(() -> (System.nanoTime() - origin) / 1_000, "µs");
    }

    public static TimelineRecorder virtual(LongSupplier clock, String unit) {
        return new TimelineRecorder(clock, unit);
    }

    public long now() {
        return clock.getAsLong();
    }

    public String unit() {
        return unit;
    }

    /** Starts a span for the current thread; close it (try-with-resources) to record it. */
    public OpenSpan begin(SpanKind kind) {
        return begin(Thread.currentThread().getName(), kind);
    }

    public OpenSpan begin(String lane, SpanKind kind) {
        return new OpenSpan(lane, kind, now());
    }

    public void record(String lane, SpanKind kind, long start, long end) {
        record(new Span(lane, kind, start, end));
    }

    public synchronized void record(Span span) {
        spans.add(span);
    }

    /** Runs {@code work} on the current thread inside a span of {@code kind}. */
    public <T> T span(SpanKind kind, Supplier<T> work) {
        OpenSpan span = begin(kind);
        try {
            return work.get();
        } finally {
            span.close();
        }
    }

    public void run(SpanKind kind, Runnable work) {
        span(kind, () -> {
            work.run();
            return null;
        });
    }

    public synchronized Timeline timeline(String title) {
        return new Timeline(title, unit, List.copyOf(spans));
    }

    /** A span that has started and is recorded when closed. */
    public final class OpenSpan implements AutoCloseable {
        private final String lane;
        private final SpanKind kind;
        private final long start;
        private boolean closed;

        private OpenSpan(String lane, SpanKind kind, long start) {
            this.lane = lane;
            this.kind = kind;
            this.start = start;
        }

        @Override
        public void close() {
            if (closed) return;
            closed = true;
            record(lane, kind, start, Math.max(start, now()));
        }
    }
}
