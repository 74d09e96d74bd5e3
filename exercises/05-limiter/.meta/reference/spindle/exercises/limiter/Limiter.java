package spindle.exercises.limiter;

import java.util.concurrent.Callable;
import java.util.concurrent.Semaphore;

/** Reference: acquire before try, release in finally. */
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
        try {
            return task.call();
        } finally {
            permits.release();
        }
    }
}
