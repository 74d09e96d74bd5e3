package spindle.exercises.limiter;

import java.util.concurrent.Callable;
import java.util.concurrent.Semaphore;

/** Wrong: a task that throws never gives its permit back. */
public final class Limiter {

    private final Semaphore permits;

    public Limiter(int permits) {
        if (permits < 1) {
            throw new IllegalArgumentException("permits must be >= 1: " + permits);
        }
        this.permits = new Semaphore(permits);
    }

    public int available() {
        return permits.availablePermits();
    }

    public <T> T call(Callable<T> task) throws Exception {
        permits.acquire();
        T result = task.call();
        permits.release();
        return result;
    }
}
