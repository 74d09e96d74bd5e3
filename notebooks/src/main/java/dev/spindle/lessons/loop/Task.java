package dev.spindle.lessons.loop;

import java.util.concurrent.CancellationException;

/**
 * asyncio.Task: a future that drives a {@link Coroutine}. Each step resumes the coroutine until it awaits a
 * future (the task then registers its wake-up as that future's done callback), yields, or returns.
 */
public final class Task<T> extends AsyncFuture<T> {

    private final String name;
    private final Coroutine<T> coroutine;
    private AsyncFuture<?> waitingOn;
    private boolean mustCancel;

    Task(EventLoop loop, String name, Coroutine<T> coroutine) {
        super(loop);
        this.name = name;
        this.coroutine = coroutine;
        loop.callSoon(() -> step(null, null));
    }

    public String name() {
        return name;
    }

    /**
     * Asks the coroutine to stop: the future it awaits is cancelled, or a {@link CancellationException} is raised
     * at its next step. The coroutine may catch it; the task ends CANCELLED only if the exception escapes.
     */
    @Override
    public boolean cancel() {
        if (done()) return false;
        if (waitingOn != null && waitingOn.cancel()) return true;
        mustCancel = true;
        return true;
    }

    private void step(Object value, RuntimeException error) {
        if (done()) return;
        if (mustCancel) {
            mustCancel = false;
            error = new CancellationException("task " + name + " was cancelled");
        }
        Step<T> step;
        try {
            step = error == null ? coroutine.send(value) : coroutine.throwIn(error);
        } catch (CancellationException cancelled) {
            super.cancel();
            return;
        } catch (Throwable failure) {
            setException(failure);
            return;
        }
        switch (step) {
            case Step.Return<T>(T result) -> {
                if (mustCancel) super.cancel();
                else setResult(result);
            }
            case Step.Yield<T>() -> loop().callSoon(() -> step(null, null));
            case Step.Await<T>(AsyncFuture<?> future) -> {
                waitingOn = future;
                if (mustCancel && future.cancel()) mustCancel = false;
                future.addDoneCallback(this::wakeUp);
            }
        }
    }

    private void wakeUp(AsyncFuture<?> future) {
        waitingOn = null;
        if (future.cancelled()) {
            step(null, new CancellationException());
        } else if (future.exception() != null) {
            step(null, asUnchecked(future.exception()));
        } else {
            step(future.result(), null);
        }
    }

    void closeCoroutine() {
        coroutine.close();
    }

    @Override
    public String toString() {
        return "Task[" + name + "]" + super.toString().substring("Task".length());
    }
}
