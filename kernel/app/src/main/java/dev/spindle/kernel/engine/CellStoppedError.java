package dev.spindle.kernel.engine;

/** Thrown in user code after an interrupt. An {@code Error} so that {@code catch (Exception e)} lets it pass. */
public final class CellStoppedError extends Error {

    public CellStoppedError() {
        super("the cell was interrupted");
    }
}
