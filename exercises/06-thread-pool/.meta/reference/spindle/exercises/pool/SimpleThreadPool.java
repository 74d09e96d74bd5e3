package spindle.exercises.pool;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/** Reference: workers started up front, FutureTasks on a queue, one poison pill per worker on shutdown. */
public final class SimpleThreadPool {

    private static final Runnable POISON = () -> { };

    private final LinkedBlockingQueue<Runnable> queue = new LinkedBlockingQueue<>();
    private final List<Thread> workers = new ArrayList<>();
    private boolean shutdown;

    public SimpleThreadPool(int workers, ThreadFactory factory) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be >= 1: " + workers);
        }
        for (int i = 0; i < workers; i++) {
            Thread t = factory.newThread(this::work);
            this.workers.add(t);
        }
        this.workers.forEach(Thread::start);
    }

    private void work() {
        while (true) {
            Runnable next;
            try {
                next = queue.take();
            } catch (InterruptedException e) {
                return;
            }
            if (next == POISON) {
                return;
            }
            next.run(); // FutureTask.run() stores any exception in the future
        }
    }

    public synchronized <T> Future<T> submit(Callable<T> task) {
        if (shutdown) {
            throw new RejectedExecutionException("pool is shut down");
        }
        FutureTask<T> future = new FutureTask<>(task);
        queue.add(future);
        return future;
    }

    public synchronized void shutdown() {
        if (shutdown) {
            return;
        }
        shutdown = true;
        for (int i = 0; i < workers.size(); i++) {
            queue.add(POISON);
        }
    }

    public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        for (Thread t : workers) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return !t.isAlive() && allDead();
            }
            TimeUnit.NANOSECONDS.timedJoin(t, left);
        }
        return allDead();
    }

    private boolean allDead() {
        for (Thread t : workers) {
            if (t.isAlive()) {
                return false;
            }
        }
        return true;
    }
}
