package spindle.exercises.loop;

import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

/**
 * asyncio's {@code Future} (Futures, future 状态): a result that will be set later, bound to one {@link EventLoop}.
 *
 * <p>States are asyncio's three — PENDING, CANCELLED, FINISHED — not the four of the note (there is no RUNNING state
 * for a Future; "pending" means "not done yet", not 就绪). Done callbacks are never called inline: when the future
 * becomes done (or if it already is when a callback is added) each callback is <em>scheduled</em> with
 * {@link EventLoop#callSoon}, in registration order, exactly once.
 */
public final class LoopFuture<T> {

    /** asyncio's _PENDING, _CANCELLED, _FINISHED. */
    public enum State { PENDING, CANCELLED, FINISHED }

    /** Use {@link EventLoop#createFuture()}. */
    LoopFuture(EventLoop loop) {
        throw new UnsupportedOperationException("Implement LoopFuture(EventLoop): PENDING, no callbacks");
    }

    public State state() {
        throw new UnsupportedOperationException("Implement LoopFuture.state()");
    }

    /** @return true unless PENDING */
    public boolean done() {
        throw new UnsupportedOperationException("Implement LoopFuture.done()");
    }

    /** @throws IllegalStateException if already done (asyncio's InvalidStateError) */
    public void setResult(T value) {
        throw new UnsupportedOperationException(
                "Implement LoopFuture.setResult(value): FINISHED with a value, then schedule the done callbacks");
    }

    /** @throws IllegalStateException if already done */
    public void setException(Throwable error) {
        throw new UnsupportedOperationException(
                "Implement LoopFuture.setException(error): FINISHED with an error, then schedule the done callbacks");
    }

    /** @return false if already done; otherwise CANCELLED, callbacks scheduled, true */
    public boolean cancel() {
        throw new UnsupportedOperationException("Implement LoopFuture.cancel()");
    }

    /**
     * @return the result
     * @throws IllegalStateException  while PENDING
     * @throws CancellationException  if CANCELLED
     * @throws RuntimeException       the stored exception: as it is if unchecked, else wrapped
     *                                ({@link java.util.concurrent.CompletionException} with it as the cause)
     */
    public T result() {
        throw new UnsupportedOperationException("Implement LoopFuture.result()");
    }

    /** Schedules {@code callback} (via {@code callSoon}) once this future is done — at once if it already is. */
    public void addDoneCallback(Consumer<LoopFuture<T>> callback) {
        throw new UnsupportedOperationException("Implement LoopFuture.addDoneCallback(callback)");
    }
}
