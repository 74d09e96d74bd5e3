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
     * Hands a snippet to the cell's thread unless an interrupt came first. Atomic with {@link #interrupt()}:
     * a stop that marked the cell either prevents the hand-off or is seen by the thread before it runs.
     */
    synchronized boolean start(Runnable handOff) {
        if (interrupted) {
            return false;
        }
        handOff.run();
        return true;
    }

    boolean interrupted() {
        return interrupted;
    }
}
