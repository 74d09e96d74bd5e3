package spindle.exercises.loop;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

/** Reference: three states; callbacks always go through callSoon. */
public final class LoopFuture<T> {

    public enum State { PENDING, CANCELLED, FINISHED }

    private final EventLoop loop;
    private final List<Consumer<LoopFuture<T>>> callbacks = new ArrayList<>();
    private State state = State.PENDING;
    private T value;
    private Throwable error;

    LoopFuture(EventLoop loop) {
        this.loop = loop;
    }

    public State state() {
        return state;
    }

    public boolean done() {
        return state != State.PENDING;
    }

    public void setResult(T value) {
        requirePending();
        this.value = value;
        state = State.FINISHED;
        scheduleCallbacks();
    }

    public void setException(Throwable error) {
        requirePending();
        this.error = error;
        state = State.FINISHED;
        scheduleCallbacks();
    }

    public boolean cancel() {
        if (done()) {
            return false;
        }
        state = State.CANCELLED;
        scheduleCallbacks();
        return true;
    }

    public T result() {
        return switch (state) {
            case PENDING -> throw new IllegalStateException("Result is not set.");
            case CANCELLED -> throw new CancellationException();
            case FINISHED -> {
                if (error == null) {
                    yield value;
                }
                if (error instanceof RuntimeException re) {
                    throw re;
                }
                throw new CompletionException(error);
            }
        };
    }

    public void addDoneCallback(Consumer<LoopFuture<T>> callback) {
        if (done()) {
            loop.callSoon(() -> callback.accept(this));
        } else {
            callbacks.add(callback);
        }
    }

    Throwable exceptionOrNull() {
        return error;
    }

    private void requirePending() {
        if (done()) {
            throw new IllegalStateException("invalid state: " + state);
        }
    }

    private void scheduleCallbacks() {
        for (Consumer<LoopFuture<T>> cb : callbacks) {
            loop.callSoon(() -> cb.accept(this));
        }
        callbacks.clear();
    }
}
