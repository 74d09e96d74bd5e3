package dev.spindle.lessons.greenlet;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/** Each greenlet is a virtual thread; a switch passes the one baton and parks the switcher until it comes back. */
final class HandOffRuntime extends GreenletRuntime {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition batonMoved = lock.newCondition();
    private final Map<Greenlet, Thread> threads = new IdentityHashMap<>();
    private Greenlet running;
    private Transfer pending;

    HandOffRuntime() {
        running = main();
        threads.put(main(), owner());
    }

    @Override
    public String backend() {
        return "thread hand-off";
    }

    boolean isRunningOnThreadOf(Greenlet g) {
        lock.lock();
        try {
            return threads.get(g) == Thread.currentThread();
        } finally {
            lock.unlock();
        }
    }

    @Override
    Transfer transfer(Greenlet from, Greenlet to, Transfer transfer) {
        lock.lock();
        try {
            passBaton(to, transfer);
            return awaitBaton(from);
        } finally {
            lock.unlock();
        }
    }

    /** Caller holds the lock. */
    private void passBaton(Greenlet to, Transfer transfer) {
        pending = transfer;
        running = to;
        setCurrent(to);
        if (!to.isStarted()) {
            to.markStarted();
            threads.put(to, Thread.ofVirtual().name("greenlet-" + to.name()).start(() -> bodyThread(to)));
        }
        batonMoved.signalAll();
    }

    /** Caller holds the lock. */
    private Transfer awaitBaton(Greenlet self) {
        while (running != self) {
            try {
                batonMoved.await();
            } catch (InterruptedException e) {
                if (self == main()) {
                    Thread.currentThread().interrupt();
                    throw new CancellationException("interrupted while greenlet " + running.name() + " ran");
                }
                throw new Abandoned();
            }
        }
        Transfer received = pending;
        pending = null;
        return received;
    }

    private void bodyThread(Greenlet g) {
        Transfer first;
        lock.lock();
        try {
            first = awaitBaton(g);
        } catch (Abandoned gone) {
            return;
        } finally {
            lock.unlock();
        }
        Finish finish;
        try {
            finish = runBody(g, first);
        } catch (Abandoned gone) {
            return;
        }
        lock.lock();
        try {
            passBaton(finish.next(), finish.outcome());
        } finally {
            lock.unlock();
        }
    }

    /** Unwinds every suspended greenlet thread. */
    @Override
    public void close() {
        lock.lock();
        try {
            threads.forEach((g, t) -> {
                if (g != main() && !g.isDead()) t.interrupt();
            });
        } finally {
            lock.unlock();
        }
    }
}
