package dev.spindle.lessons.loop;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

/**
 * asyncio.Future: a result placeholder bound to one {@link EventLoop}. Not thread-safe, like asyncio's: touch it
 * only from the loop's callbacks and tasks. Done callbacks are scheduled on the loop, never called inline.
 */
public class AsyncFuture<T> {

    private final EventLoop loop;
    private final List<Consumer<? super AsyncFuture<T>>> callbacks = new ArrayList<>();
    private FutureState state = FutureState.PENDING;
    private T result;
    private Throwable exception;

    public AsyncFuture(EventLoop loop) {
        this.loop = loop;
    }

    public EventLoop loop() {
        return loop;
    }

    public FutureState state() {
        return state;
    }

    public boolean done() {
        return state != FutureState.PENDING;
    }

    public boolean cancelled() {
        return state == FutureState.CANCELLED;
    }

    public void setResult(T value) {
        requirePending("setResult");
        result = value;
        state = FutureState.FINISHED;
        scheduleCallbacks();
    }

    public void setException(Throwable error) {
        requirePending("setException");
        exception = error;
        state = FutureState.FINISHED;
        scheduleCallbacks();
    }

    /** Returns false if already done; otherwise becomes CANCELLED and schedules the callbacks. */
    public boolean cancel() {
        if (done()) return false;
        state = FutureState.CANCELLED;
        scheduleCallbacks();
        return true;
    }

    /**
     * The result; rethrows the stored exception (checked ones wrapped in {@link CompletionException}).
     *
     * @throws IllegalStateException while pending (asyncio's InvalidStateError)
     * @throws CancellationException if cancelled (asyncio's CancelledError)
     */
    public T result() {
        switch (state) {
            case PENDING -> throw new IllegalStateException("Result is not set.");
            case CANCELLED -> throw new CancellationException();
            case FINISHED -> {
                if (exception != null) throw asUnchecked(exception);
                return result;
            }
        }
        throw new AssertionError(state);
    }

    /** The stored exception, or null if the future finished with a result. */
    public Throwable exception() {
        switch (state) {
            case PENDING -> throw new IllegalStateException("Exception is not set.");
            case CANCELLED -> throw new CancellationException();
            default -> {
                return exception;
            }
        }
    }

    public void addDoneCallback(Consumer<? super AsyncFuture<T>> callback) {
        if (done()) {
            loop.callSoon(() -> callback.accept(this));
        } else {
            callbacks.add(callback);
        }
    }

    private void scheduleCallbacks() {
        for (Consumer<? super AsyncFuture<T>> callback : callbacks) {
            loop.callSoon(() -> callback.accept(this));
        }
        callbacks.clear();
    }

    private void requirePending(String operation) {
        if (done()) throw new IllegalStateException(operation + ": invalid state " + state);
    }

    static RuntimeException asUnchecked(Throwable error) {
        if (error instanceof RuntimeException re) return re;
        if (error instanceof Error e) throw e;
        return new CompletionException(error);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "<" + state + (state == FutureState.FINISHED
                ? (exception != null ? " exception=" + exception : " result=" + result) : "") + ">";
    }
}
