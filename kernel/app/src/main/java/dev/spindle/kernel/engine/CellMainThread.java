package dev.spindle.kernel.engine;

import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The one long-lived platform thread, named "main", that runs every snippet of every cell, as in the jshell
 * tool: a lock taken or a {@link ThreadLocal} set by one statement is still there in the next statement and
 * the next cell. Idle, it waits in engine code, so a stop does not count it as a stuck user thread. It is
 * replaced only when it died.
 */
final class CellMainThread {

    /** One snippet invocation handed to the main thread, and how it ended. */
    static final class Invocation {
        private final CellRun run;
        private final ThrowingCall call;
        private Object value;
        private Throwable failure;
        private boolean done;

        private Invocation(CellRun run, ThrowingCall call) {
            this.run = run;
            this.call = call;
        }

        private void execute() {
            // a stop aimed at this cell before the hand-off, or an interrupt left over from an earlier stop
            Thread.interrupted();
            try {
                if (run.interrupted() || StopSignal.isRaised()) {
                    throw new InvocationTargetException(new CellStoppedError());
                }
                value = call.call();
            } catch (Throwable e) {
                failure = e;
            }
            synchronized (this) {
                done = true;
                notifyAll();
            }
        }

        private synchronized void await() throws InterruptedException {
            while (!done) {
                wait();
            }
        }

        Object value() {
            return value;
        }

        /** What the call threw, or null. */
        Throwable failure() {
            return failure;
        }
    }

    /** A snippet's {@code do_it$} call. */
    @FunctionalInterface
    interface ThrowingCall {
        Object call() throws Throwable;
    }

    private final UserThreads userThreads;
    private Worker worker;

    CellMainThread(UserThreads userThreads) {
        this.userThreads = userThreads;
    }

    /**
     * Runs {@code call} on the main thread for {@code run} and waits for it; returns null when an interrupt
     * reached the cell before the hand-off.
     */
    Invocation invoke(CellRun run, ThrowingCall call) throws InterruptedException {
        Invocation invocation = new Invocation(run, call);
        Worker current = worker();
        if (!run.start(() -> current.queue.add(invocation))) {
            return null;
        }
        invocation.await();
        return invocation;
    }

    private synchronized Worker worker() {
        if (worker == null || !worker.thread.isAlive()) {
            worker = new Worker(userThreads);
        }
        return worker;
    }

    private static final class Worker implements Runnable {
        private final BlockingQueue<Invocation> queue = new LinkedBlockingQueue<>();
        private final Thread thread;

        Worker(UserThreads userThreads) {
            thread = userThreads.newCellThread(this);
            thread.start();
        }

        @Override
        public void run() {
            while (true) {
                Invocation next;
                try {
                    next = queue.take();
                } catch (InterruptedException e) {
                    continue; // a stop that came as the last snippet ended: nothing to stop now
                }
                CurrentCell.bind(next.run.context());
                next.execute();
            }
        }
    }
}
