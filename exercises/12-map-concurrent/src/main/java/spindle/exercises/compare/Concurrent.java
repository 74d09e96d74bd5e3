package spindle.exercises.compare;

import java.util.List;
import java.util.concurrent.ThreadFactory;
import java.util.function.Function;

/**
 * Many small blocking jobs, bounded concurrency: the place where threads, processes and coroutines are compared
 * (三者区别). Virtual threads give coroutine-like cost (资源占用) with thread-like code; a semaphore keeps the load on
 * the downstream service bounded.
 */
public final class Concurrent {

    private Concurrent() {
    }

    /**
     * Applies {@code fn} to every input, each call on its own <b>virtual</b> thread, with at most {@code limit} calls
     * running at any moment.
     *
     * @return the results in <b>input order</b> (not completion order)
     * @throws IllegalArgumentException if {@code limit < 1}
     * @throws RuntimeException         the first exception thrown by {@code fn}, unchanged; the calls still running
     *                                  are interrupted, calls not yet started are never started, and this method
     *                                  returns (throws) only after every started call has ended
     * @throws InterruptedException     if the calling thread is interrupted while waiting
     */
    public static <T, R> List<R> mapConcurrent(List<T> inputs, int limit, Function<? super T, ? extends R> fn)
            throws InterruptedException {
        throw new UnsupportedOperationException(
                "Implement Concurrent.mapConcurrent(inputs, limit, fn): call the 4-argument version with "
                        + "Thread.ofVirtual().factory()");
    }

    /**
     * The same, with every call on its own thread made by {@code threads} (one new thread per call; the tests
     * pass a factory that counts and watches them).
     */
    public static <T, R> List<R> mapConcurrent(List<T> inputs, int limit, Function<? super T, ? extends R> fn,
            ThreadFactory threads) throws InterruptedException {
        throw new UnsupportedOperationException(
                "Implement Concurrent.mapConcurrent(inputs, limit, fn, threads): a thread from `threads` per call, "
                        + "Semaphore(limit), results by index, first failure cancels the rest");
    }
}
