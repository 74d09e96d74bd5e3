package dev.spindle.lessons.greenlet;

/**
 * A greenlet: a coroutine that runs only when someone switches to it, and always hands control to one named
 * greenlet. Create them with {@link GreenletRuntime#spawn}.
 */
public final class Greenlet {

    private final GreenletRuntime runtime;
    private final String name;
    private final Greenlet parent;
    private final GreenletBody body;
    private volatile boolean started;
    private volatile boolean dead;

    Greenlet(GreenletRuntime runtime, String name, Greenlet parent, GreenletBody body, boolean started) {
        this.runtime = runtime;
        this.name = name;
        this.parent = parent;
        this.body = body;
        this.started = started;
    }

    /**
     * Suspends the running greenlet and resumes this one, which receives {@code value} (as the argument of its body
     * on the first switch, otherwise as the return value of its own pending {@code switchTo}). Returns whatever is
     * passed when some greenlet switches back here; throws if a child finished with an exception.
     */
    public Object switchTo(Object value) {
        return runtime.switchTo(this, value);
    }

    public Object switchTo() {
        return switchTo(null);
    }

    public String name() {
        return name;
    }

    /** Where control goes when this greenlet's body ends; null only for the main greenlet. */
    public Greenlet parent() {
        return parent;
    }

    public boolean isStarted() {
        return started;
    }

    /** True once the body has returned or thrown (Python's {@code g.dead}). */
    public boolean isDead() {
        return dead;
    }

    GreenletBody body() {
        return body;
    }

    void markStarted() {
        started = true;
    }

    void markDead() {
        dead = true;
    }

    /** This greenlet, or its nearest living ancestor: where a switch to a dead greenlet lands. */
    Greenlet liveSelfOrAncestor() {
        Greenlet g = this;
        while (g.dead) g = g.parent;
        return g;
    }

    @Override
    public String toString() {
        return "Greenlet[" + name + (dead ? ", dead" : started ? "" : ", not started") + "]";
    }
}
