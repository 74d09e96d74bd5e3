package dev.spindle.lessons.loop;

/** A scheduled callback, as returned by call_soon / call_later; cancelling it stops it from running. */
public final class Handle {

    private final Runnable callback;
    private final long when;
    private final long sequence;
    private boolean cancelled;

    Handle(Runnable callback, long when, long sequence) {
        this.callback = callback;
        this.when = when;
        this.sequence = sequence;
    }

    public void cancel() {
        cancelled = true;
    }

    public boolean cancelled() {
        return cancelled;
    }

    /** The virtual time it is due at, in ms. */
    public long when() {
        return when;
    }

    long sequence() {
        return sequence;
    }

    void run() {
        callback.run();
    }
}
