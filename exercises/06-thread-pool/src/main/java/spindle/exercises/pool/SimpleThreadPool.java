package spindle.exercises.pool;

import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * A fixed-size thread pool (线程池): a few long-lived worker threads take tasks from a shared queue and run them, so
 * a thread is not created and destroyed per task.
 *
 * <p>Correction to the note: idle pool threads are not "asleep and unstarted" — they are started and blocked on the
 * task queue. Whether you start all workers up front (like Python's {@code multiprocessing.Pool}) or lazily on the
 * first submissions (like {@code ThreadPoolExecutor}) is your choice.
 */
public final class SimpleThreadPool {

    /**
     * @param workers how many worker threads the pool may have; at least 1
     * @param factory every worker thread must be created by this factory (the tests count them)
     * @throws IllegalArgumentException if {@code workers < 1}
     */
    public SimpleThreadPool(int workers, ThreadFactory factory) {
        throw new UnsupportedOperationException(
                "Implement SimpleThreadPool(int, ThreadFactory): a task queue and at most `workers` threads from the factory");
    }

    /**
     * Queues {@code task}; a worker will run it. If the task throws, the exception goes into the returned future
     * ({@code get()} throws {@link java.util.concurrent.ExecutionException}) and the worker carries on.
     *
     * @throws java.util.concurrent.RejectedExecutionException after {@link #shutdown()}
     */
    public <T> Future<T> submit(Callable<T> task) {
        throw new UnsupportedOperationException(
                "Implement SimpleThreadPool.submit(task): reject after shutdown, otherwise queue it and return its Future");
    }

    /**
     * Stops accepting tasks. Tasks already queued still run; then every worker thread ends. Does not wait.
     */
    public void shutdown() {
        throw new UnsupportedOperationException(
                "Implement SimpleThreadPool.shutdown(): refuse new tasks, let queued ones finish, then let workers exit");
    }

    /**
     * Waits until, after a shutdown, every task has run and every worker thread has ended.
     *
     * @return {@code true} if that happened within the timeout, {@code false} otherwise
     */
    public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        throw new UnsupportedOperationException(
                "Implement SimpleThreadPool.awaitTermination(timeout, unit): wait for all workers to end");
    }
}
