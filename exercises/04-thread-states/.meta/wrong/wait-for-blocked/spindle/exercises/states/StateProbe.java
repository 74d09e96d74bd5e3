package spindle.exercises.states;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.LockSupport;

/** Wrong: calls monitor.wait() for BLOCKED - a thread in wait() has released the monitor and is WAITING. */
public final class StateProbe implements AutoCloseable {

    private final CountDownLatch release = new CountDownLatch(1);
    private final Object monitor = new Object();
    private final List<Thread> started = new CopyOnWriteArrayList<>();
    private volatile boolean closed;
    private Thread monitorHolder;

    public Thread threadIn(Thread.State state) {
        return switch (state) {
            case NEW -> Thread.ofPlatform().daemon().unstarted(() -> { });
            case RUNNABLE -> start(() -> {
                while (!closed) {
                    Thread.onSpinWait();
                }
            });
            case WAITING -> start(this::awaitRelease);
            case TIMED_WAITING -> start(() -> {
                try {
                    while (!closed) {
                        Thread.sleep(60_000);
                    }
                } catch (InterruptedException e) {
                    // closing
                }
            });
            case BLOCKED -> {
                yield start(() -> {
                    synchronized (monitor) {
                        try {
                            monitor.wait();
                        } catch (InterruptedException e) {
                            // closing
                        }
                    }
                });
            }
            case TERMINATED -> {
                Thread t = start(() -> { });
                try {
                    t.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                yield t;
            }
        };
    }

    private synchronized void holdMonitor() {
        if (monitorHolder != null) {
            return;
        }
        CountDownLatch holding = new CountDownLatch(1);
        monitorHolder = start(() -> {
            synchronized (monitor) {
                holding.countDown();
                awaitRelease();
            }
        });
        try {
            holding.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void awaitRelease() {
        try {
            release.await();
        } catch (InterruptedException e) {
            // closing
        }
    }

    private Thread start(Runnable body) {
        Thread t = Thread.ofPlatform().daemon().start(body);
        started.add(t);
        return t;
    }

    @Override
    public void close() {
        closed = true;
        release.countDown();
        for (Thread t : started) {
            t.interrupt();
        }
    }
}
