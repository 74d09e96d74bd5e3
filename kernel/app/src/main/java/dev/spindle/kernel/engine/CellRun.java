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

    void interrupt() {
        interrupted = true;
    }

    boolean interrupted() {
        return interrupted;
    }
}
