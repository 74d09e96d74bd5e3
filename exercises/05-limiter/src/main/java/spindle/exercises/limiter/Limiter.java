package spindle.exercises.limiter;

import java.util.concurrent.Callable;

/**
 * Lets at most {@code permits} tasks run at the same time — a counting semaphore (信号量) put to work, like a
 * connection pool that hands out a fixed number of connections.
 */
public final class Limiter {

    /**
     * @param permits how many tasks may run at once
     * @throws IllegalArgumentException if {@code permits < 1}
     */
    public Limiter(int permits) {
        throw new UnsupportedOperationException("Implement Limiter(int): reject permits < 1 and set up the permits");
    }

    /**
     * Waits until fewer than {@code permits} tasks are running, runs {@code task} on the calling thread and returns its
     * result. The permit is given back however the task ends, including by an exception, which is rethrown unchanged.
     *
     * @throws InterruptedException if the calling thread is interrupted while waiting; then no permit was taken and
     *                              none may be given back
     * @throws Exception            whatever {@code task} throws
     */
    public <T> T call(Callable<T> task) throws Exception {
        throw new UnsupportedOperationException(
                "Implement Limiter.call(task): take a permit (waiting if none), run the task, always give the permit back");
    }

    /** @return permits not in use right now */
    public int available() {
        throw new UnsupportedOperationException("Implement Limiter.available(): the number of free permits");
    }
}
