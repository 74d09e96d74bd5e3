package spindle.exercises.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/** Wrong: ignores the limit: every call starts at once (the semaphore is never taken). */
public final class Concurrent {

    private Concurrent() {
    }

    public static <T, R> List<R> mapConcurrent(List<T> inputs, int limit, Function<? super T, ? extends R> fn)
            throws InterruptedException {
        return mapConcurrent(inputs, limit, fn, Thread.ofVirtual().factory());
    }

    public static <T, R> List<R> mapConcurrent(List<T> inputs, int limit, Function<? super T, ? extends R> fn,
            ThreadFactory threads) throws InterruptedException {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be >= 1: " + limit);
        }
        Semaphore permits = new Semaphore(limit);
        Object[] results = new Object[inputs.size()];
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Thread> started = new CopyOnWriteArrayList<>();
        try {
            for (int i = 0; i < inputs.size() && failure.get() == null; i++) {
                if (failure.get() != null) {
                    permits.release();
                    break;
                }
                int index = i;
                T input = inputs.get(i);
                started.add(start(threads, () -> {
                    try {
                        if (failure.get() == null) {
                            results[index] = fn.apply(input);
                        }
                    } catch (Throwable t) {
                        if (failure.compareAndSet(null, t)) {
                            for (Thread other : started) {
                                if (other != Thread.currentThread()) {
                                    other.interrupt();
                                }
                            }
                        }
                    } finally {
                        permits.release();
                    }
                }));
            }
        } finally {
            for (Thread t : started) {
                if (failure.get() != null) {
                    started.forEach(Thread::interrupt);
                }
                t.join();
            }
        }
        Throwable t = failure.get();
        if (t instanceof RuntimeException re) {
            throw re;
        }
        if (t instanceof Error e) {
            throw e;
        }
        @SuppressWarnings("unchecked")
        List<R> out = (List<R>) new ArrayList<>(Arrays.asList(results));
        return out;
    }

    private static Thread start(ThreadFactory threads, Runnable r) {
        Thread t = threads.newThread(r);
        t.start();
        return t;
    }
}
