package dev.spindle.kernel.engine;

/**
 * Which cell the current thread belongs to. A thread started by cell code inherits the cell, so its output
 * lands in that cell even after the cell ended; threads with no cell (pool threads shared by all cells) count
 * for the cell that ran last.
 */
final class CurrentCell {

    private static final InheritableThreadLocal<CellContext> OWNER = new InheritableThreadLocal<>();
    private static volatile CellContext latest = CellContext.NONE;

    private CurrentCell() {
    }

    static CellContext get() {
        CellContext own = OWNER.get();
        return own != null ? own : latest;
    }

    /** Binds the calling thread, and every thread it starts from now on, to {@code cell}. */
    static void bind(CellContext cell) {
        OWNER.set(cell);
    }

    static void started(CellContext cell) {
        latest = cell;
    }
}
