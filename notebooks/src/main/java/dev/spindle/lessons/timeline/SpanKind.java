package dev.spindle.lessons.timeline;

/** What a thread was doing during a span, with the colour both chart renderings use. */
public enum SpanKind {
    RUNNING("#54a24b"),
    HOLDING_GIL("#4c78a8"),
    WAITING_GIL("#e45756"),
    WAITING_LOCK("#f58518"),
    BLOCKED_IO("#bab0ac"),
    SLEEPING("#eeca3b"),
    IDLE("#e8e8e8");

    private final String color;

    SpanKind(String color) {
        this.color = color;
    }

    public String color() {
        return color;
    }
}
