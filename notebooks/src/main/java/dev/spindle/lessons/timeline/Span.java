package dev.spindle.lessons.timeline;

/** {@code lane} (usually a thread name) was {@code kind} from {@code start} to {@code end}, in the timeline's unit. */
public record Span(String lane, SpanKind kind, long start, long end, String note) {

    public Span {
        if (end < start) throw new IllegalArgumentException("span ends before it starts: " + start + ".." + end);
    }

    public Span(String lane, SpanKind kind, long start, long end) {
        this(lane, kind, start, end, "");
    }

    public long duration() {
        return end - start;
    }
}
