package dev.spindle.kernel.engine;

/**
 * The flag every woven snippet method checks at entry and before each backward branch. Public because the
 * woven calls come from snippet classes in JShell's class loader.
 */
public final class StopSignal {

    private static volatile boolean raised;

    private StopSignal() {
    }

    /** Called by woven user code only. */
    public static void check() {
        if (raised) {
            throw new CellStoppedError();
        }
    }

    static void raise() {
        raised = true;
    }

    static void lower() {
        raised = false;
    }

    static boolean isRaised() {
        return raised;
    }
}
