package spindle.exercises.loop;

import java.util.List;

/**
 * A single-threaded event loop on a <b>virtual clock</b> (even loop 事件循环, asyncio 控制事件循环), shaped after
 * asyncio's {@code BaseEventLoop._run_once}. Time is in virtual milliseconds and only moves when the loop jumps to
 * the next timer, so a 10-second sleep takes no real time.
 *
 * <p>One iteration ({@link #runOnce()}):
 * <ol>
 *   <li>If no callback is ready, jump the clock to the earliest pending timer (this stands in for
 *       {@code selector.select(timeout)}).</li>
 *   <li>Move every timer whose deadline is {@code <= time()} to the ready queue, by deadline, ties in the order they
 *       were scheduled.</li>
 *   <li>Run exactly the callbacks that are ready now. Callbacks they schedule with {@code callSoon} wait for the
 *       <em>next</em> iteration (asyncio's {@code ntodo} rule).</li>
 * </ol>
 * Correction to the note: there is no round-robin over coroutines; the loop runs ready callbacks, and tasks are
 * just callbacks that step a coroutine.
 */
public final class EventLoop {

    /** A scheduled timer that can be cancelled. */
    public interface Handle {
        /** A cancelled timer never runs (cancelling after it ran does nothing). */
        void cancel();
    }

    public EventLoop() {
        throw new UnsupportedOperationException("Implement EventLoop(): clock at 0, empty ready queue and timer heap");
    }

    /** @return the virtual time in ms */
    public long time() {
        throw new UnsupportedOperationException("Implement EventLoop.time()");
    }

    /** Queues {@code callback} to run in a later iteration, FIFO. */
    public void callSoon(Runnable callback) {
        throw new UnsupportedOperationException("Implement EventLoop.callSoon(callback)");
    }

    /** Runs {@code callback} at {@code time() + delayMs} (delay >= 0). */
    public Handle callLater(long delayMs, Runnable callback) {
        throw new UnsupportedOperationException("Implement EventLoop.callLater(delayMs, callback)");
    }

    /** Runs {@code callback} at virtual time {@code when}. */
    public Handle callAt(long when, Runnable callback) {
        throw new UnsupportedOperationException("Implement EventLoop.callAt(when, callback)");
    }

    /**
     * One iteration, as in the class comment.
     *
     * @return false if there was nothing to do (no ready callback and no pending timer)
     */
    public boolean runOnce() {
        throw new UnsupportedOperationException("Implement EventLoop.runOnce(): jump, collect due timers, run ntodo callbacks");
    }

    /** Iterates until {@link #stop()} is called (the current iteration is finished) or there is nothing left to do. */
    public void runForever() {
        throw new UnsupportedOperationException("Implement EventLoop.runForever()");
    }

    /** Makes {@link #runForever()} / {@link #runUntilComplete} return after the current iteration. */
    public void stop() {
        throw new UnsupportedOperationException("Implement EventLoop.stop()");
    }

    /**
     * Iterates until {@code future} is done and returns {@link LoopFuture#result()}.
     *
     * @throws IllegalStateException if the loop runs out of work (or is stopped) before the future is done —
     *                               asyncio's "Event loop stopped before Future completed."
     */
    public <T> T runUntilComplete(LoopFuture<T> future) {
        throw new UnsupportedOperationException("Implement EventLoop.runUntilComplete(future)");
    }

    /** @return a new PENDING future bound to this loop */
    public <T> LoopFuture<T> createFuture() {
        throw new UnsupportedOperationException("Implement EventLoop.createFuture()");
    }

    /** asyncio.sleep: a future that FINISHES with {@code null} at {@code time() + ms}. */
    public LoopFuture<Void> sleep(long ms) {
        throw new UnsupportedOperationException("Implement EventLoop.sleep(ms)");
    }

    /**
     * asyncio.gather: a future with the results <em>in argument order</em> (not completion order). If one input
     * fails, the gather future fails with that exception (the first one); if one is cancelled, the gather future is
     * cancelled. An empty list gives a future finished with an empty list.
     */
    public <T> LoopFuture<List<T>> gather(List<LoopFuture<T>> futures) {
        throw new UnsupportedOperationException("Implement EventLoop.gather(futures)");
    }
}
