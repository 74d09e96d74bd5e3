package dev.spindle.lessons.greenlet;

import java.util.ArrayList;
import java.util.List;

/**
 * The greenlets that share one thread of control, with the caller's thread as the implicit main greenlet. Exactly
 * one greenlet runs at a time and control moves only by explicit {@link Greenlet#switchTo}.
 *
 * <p>{@link #create()} uses real threads handing one baton around and works everywhere. {@link #best()} uses
 * {@code jdk.internal.vm.Continuation} (everything on the caller's thread, as real greenlets do) when the JVM was
 * started with {@code --add-exports java.base/jdk.internal.vm=ALL-UNNAMED}, and falls back otherwise.
 */
public abstract sealed class GreenletRuntime implements AutoCloseable permits HandOffRuntime, ContinuationRuntime {

    private final Thread owner = Thread.currentThread();
    private final Greenlet main;
    private final List<Greenlet> spawned = new ArrayList<>();
    private volatile Greenlet current;

    GreenletRuntime() {
        main = new Greenlet(this, "main", null, null, true);
        current = main;
    }

    /** The portable runtime: one virtual thread per greenlet, handing a single baton. */
    public static GreenletRuntime create() {
        return new HandOffRuntime();
    }

    /** The Continuation runtime if this JVM exports {@code jdk.internal.vm}, else {@link #create()}. */
    public static GreenletRuntime best() {
        return ContinuationRuntime.isAvailable() ? new ContinuationRuntime() : create();
    }

    /** "continuation" or "thread hand-off". */
    public abstract String backend();

    public Greenlet main() {
        return main;
    }

    /** {@code greenlet.getcurrent()}. */
    public Greenlet current() {
        return current;
    }

    /** A new greenlet whose parent is the current one (greenlet's default). */
    public Greenlet spawn(String name, GreenletBody body) {
        return spawn(name, current, body);
    }

    public synchronized Greenlet spawn(String name, Greenlet parent, GreenletBody body) {
        Greenlet g = new Greenlet(this, name, parent, body, false);
        spawned.add(g);
        return g;
    }

    final Object switchTo(Greenlet target, Object value) {
        Greenlet from = current;
        requireRunning(from);
        Greenlet to = target.liveSelfOrAncestor();
        if (to == from) return value;
        return transfer(from, to, new Transfer.Value(value)).unwrap();
    }

    /** Moves control from {@code from} to {@code to}; returns what {@code from} receives when resumed. */
    abstract Transfer transfer(Greenlet from, Greenlet to, Transfer transfer);

    void setCurrent(Greenlet g) {
        current = g;
    }

    Thread owner() {
        return owner;
    }

    /** Runs a greenlet's body and works out where control goes when it ends. */
    final Finish runBody(Greenlet g, Transfer first) {
        Transfer outcome;
        if (first instanceof Transfer.Raise raise) {
            outcome = raise;
        } else {
            try {
                outcome = new Transfer.Value(g.body().run(first.unwrap()));
            } catch (Abandoned gone) {
                throw gone;
            } catch (Throwable error) {
                outcome = new Transfer.Raise(error);
            }
        }
        g.markDead();
        return new Finish(g.parent().liveSelfOrAncestor(), outcome);
    }

    record Finish(Greenlet next, Transfer outcome) {}

    /** Unwinds a suspended greenlet when the runtime is closed; never seen by user code that lets it pass. */
    static final class Abandoned extends Error {
        Abandoned() {
            super(null, null, false, false);
        }
    }

    private void requireRunning(Greenlet from) {
        if (this instanceof HandOffRuntime handOff && !handOff.isRunningOnThreadOf(from)) {
            throw new IllegalStateException("only the running greenlet (" + from.name() + ") can switch");
        }
    }

    /** Ends the suspended greenlets' bodies so nothing lingers after a lesson cell. */
    @Override
    public abstract void close();

    synchronized List<Greenlet> spawned() {
        return List.copyOf(spawned);
    }

    @Override
    public String toString() {
        return "GreenletRuntime[" + backend() + ", current=" + current.name() + "]";
    }
}
