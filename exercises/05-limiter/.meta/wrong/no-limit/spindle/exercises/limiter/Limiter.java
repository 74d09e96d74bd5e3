package spindle.exercises.limiter;

import java.util.concurrent.Callable;
import java.util.concurrent.Semaphore;

/** Wrong: counts permits for show but never waits for one. */
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
        permits.tryAcquire();
        try {
            return task.call();
        } finally {
            permits.release();
        }
    }
}
