package dev.spindle.kernel.engine;

/** The cell a thread works for: threads inherit it from the thread that created them. */
record CellContext(long cellId, boolean allowStdin) {

    /** Before any cell ran: output is dropped, input is refused. */
    static final CellContext NONE = new CellContext(0, false);
}
