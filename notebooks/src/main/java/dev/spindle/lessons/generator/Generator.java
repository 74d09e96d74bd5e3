package dev.spindle.lessons.generator;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A Python-style generator: a lazy iterator whose body runs only when asked for the next value and stops at each
 * {@code yield}. The body runs on its own virtual thread, but caller and body hand a single baton back and forth
 * through two synchronous queues, so exactly one of them runs at any moment and every run is the same.
 *
 * <p>Not thread-safe: drive a generator from one thread, as in Python. Close generators you abandon half-way;
 * a suspended body is a parked virtual thread.
 */
public final class Generator<T> implements Iterator<T>, Iterable<T>, AutoCloseable {

    /** The generator function's body. */
    @FunctionalInterface
    public interface Body<T> {
        void run(Yielder<T> yielder) throws Exception;
    }

    /** What the body calls to suspend itself. */
    public interface Yielder<T> {
        /** Hands {@code value} to the caller and returns what the caller sends back ({@code null} for next()). */
        Object yield(T value);
    }

    private sealed interface ToBody {
        record Send(Object value) implements ToBody {}

        record Throw(RuntimeException error) implements ToBody {}

        record Close() implements ToBody {}
    }

    private sealed interface ToCaller {
        record Yielded(Object value) implements ToCaller {}

        record Returned() implements ToCaller {}

        record Raised(Throwable error) implements ToCaller {}
    }

    /** Unwinds a body whose caller went away (interrupted or ignored close); never seen by the caller. */
    private static final class Abandoned extends Error {
        Abandoned() {
            super(null, null, false, false);
        }
    }

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final Body<T> body;
    private final String name;
    private final SynchronousQueue<ToBody> toBody = new SynchronousQueue<>();
    private final SynchronousQueue<ToCaller> toCaller = new SynchronousQueue<>();
    private volatile GeneratorState state = GeneratorState.CREATED;
    private Thread bodyThread;
    private T prefetched;
    private boolean hasPrefetched;

    private Generator(Body<T> body, String name) {
        this.body = body;
        this.name = name;
    }

    public static <T> Generator<T> of(Body<T> body) {
        return new Generator<>(body, "generator-" + COUNTER.incrementAndGet());
    }

    public static <T> Generator<T> of(String name, Body<T> body) {
        return new Generator<>(body, name);
    }

    public GeneratorState state() {
        return state;
    }

    public String name() {
        return name;
    }

    @Override
    public boolean hasNext() {
        if (hasPrefetched) return true;
        if (state == GeneratorState.CLOSED) return false;
        try {
            prefetched = resume(new ToBody.Send(null));
            hasPrefetched = true;
            return true;
        } catch (NoSuchElementException end) {
            return false;
        }
    }

    @Override
    public T next() {
        if (hasPrefetched) {
            hasPrefetched = false;
            T value = prefetched;
            prefetched = null;
            return value;
        }
        return resume(new ToBody.Send(null));
    }

    /**
     * Resumes the body, making its pending {@code yield} return {@code value}, and returns the next yielded value.
     * Like Python, the first call must send {@code null}; ends with {@link NoSuchElementException} (StopIteration).
     */
    public T send(Object value) {
        if (hasPrefetched) throw new IllegalStateException("hasNext() already advanced this generator; call next()");
        if (state == GeneratorState.CREATED && value != null) {
            throw new IllegalStateException("can't send non-null value to a just-started generator");
        }
        return resume(new ToBody.Send(value));
    }

    /** Raises {@code error} at the pending {@code yield}; returns the next value if the body catches it. */
    public T throwIn(RuntimeException error) {
        if (state == GeneratorState.CREATED) {
            state = GeneratorState.CLOSED;
            throw error;
        }
        return resume(new ToBody.Throw(error));
    }

    /** Ends the body by raising {@link GeneratorExit} at its pending {@code yield}; its finally blocks run. */
    @Override
    public void close() {
        hasPrefetched = false;
        prefetched = null;
        switch (state) {
            case CREATED -> state = GeneratorState.CLOSED;
            case SUSPENDED -> {
                try {
                    resume(new ToBody.Close());
                    state = GeneratorState.CLOSED;
                    bodyThread.interrupt();
                    throw new IllegalStateException("generator ignored GeneratorExit");
                } catch (NoSuchElementException | GeneratorExit expected) {
                    // the body ended, which is what close() asks for
                }
            }
            case RUNNING -> throw new IllegalStateException("generator already executing");
            case CLOSED -> { }
        }
    }

    /** Up to {@code n} further values, like {@code itertools.islice(gen, n)}. */
    public List<T> take(int n) {
        List<T> out = new ArrayList<>();
        while (out.size() < n && hasNext()) out.add(next());
        return out;
    }

    @Override
    public Iterator<T> iterator() {
        return this;
    }

    private T resume(ToBody message) {
        switch (state) {
            case CLOSED -> throw new NoSuchElementException(name + " is closed");
            case RUNNING -> throw new IllegalStateException("generator already executing");
            default -> { }
        }
        state = GeneratorState.RUNNING;
        if (bodyThread == null) {
            bodyThread = Thread.ofVirtual().name(name).start(this::runBody);
        }
        ToCaller reply;
        try {
            toBody.put(message);
            reply = toCaller.take();
        } catch (InterruptedException e) {
            state = GeneratorState.CLOSED;
            bodyThread.interrupt();
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while " + name + " was running");
        }
        return switch (reply) {
            case ToCaller.Yielded(Object value) -> {
                state = GeneratorState.SUSPENDED;
                @SuppressWarnings("unchecked")
                T typed = (T) value;
                yield typed;
            }
            case ToCaller.Returned() -> {
                state = GeneratorState.CLOSED;
                throw new NoSuchElementException(name + " is exhausted");
            }
            case ToCaller.Raised(Throwable error) -> {
                state = GeneratorState.CLOSED;
                throw rethrowable(error);
            }
        };
    }

    private static RuntimeException rethrowable(Throwable error) {
        if (error instanceof RuntimeException re) return re;
        if (error instanceof Error e) throw e;
        return new CompletionException(error);
    }

    private void runBody() {
        ToCaller outcome;
        try {
            ToBody first = receive();
            if (first instanceof ToBody.Throw(RuntimeException error)) throw error;
            if (first instanceof ToBody.Close) throw new GeneratorExit();
            body.run(this::yieldFromBody);
            outcome = new ToCaller.Returned();
        } catch (Abandoned gone) {
            return;
        } catch (GeneratorExit exit) {
            outcome = new ToCaller.Returned();
        } catch (NoSuchElementException leaked) {
            // PEP 479: a stray "end of iteration" from inside the body must not silently end the generator
            outcome = new ToCaller.Raised(new IllegalStateException("generator body raised " + leaked, leaked));
        } catch (Throwable error) {
            outcome = new ToCaller.Raised(error);
        }
        try {
            toCaller.put(outcome);
        } catch (InterruptedException ignored) {
            // the caller is gone; nothing is waiting for the outcome
        }
    }

    private Object yieldFromBody(T value) {
        try {
            toCaller.put(new ToCaller.Yielded(value));
        } catch (InterruptedException e) {
            throw new Abandoned();
        }
        return switch (receive()) {
            case ToBody.Send(Object sent) -> sent;
            case ToBody.Throw(RuntimeException error) -> throw error;
            case ToBody.Close() -> throw new GeneratorExit();
        };
    }

    private ToBody receive() {
        try {
            return toBody.take();
        } catch (InterruptedException e) {
            throw new Abandoned();
        }
    }

    /** The body's virtual thread, or null before the first resume; for tests and for showing what runs where. */
    Thread bodyThread() {
        return bodyThread;
    }

    @Override
    public String toString() {
        return name + "[" + state.pythonName() + "]";
    }
}
