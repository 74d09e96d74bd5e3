package dev.spindle.kernel.engine;

/** One execution of a cell, registered in request order so that an interrupt finds it even before it starts. */
final class CellRun {

    private final CellContext context;
    private volatile boolean interrupted;

    CellRun(CellContext context) {
        this.context = context;
    }

    CellContext context() {
        return context;
    }

    synchronized void interrupt() {
        interrupted = true;
    }

    /**
     * Starts a thread for this cell unless an interrupt came first. Atomic with {@link #interrupt()}, so a
     * stop that marked the cell either prevents the start or sees the thread among the live ones.
     */
    synchronized boolean start(Thread thread) {
        if (interrupted) {
            return false;
        }
        thread.start();
        return true;
    }

    boolean interrupted() {
        return interrupted;
    }
}
