package dev.spindle.lessons.gil;

/** Why a holder gave the GIL up. */
public enum ReleaseReason {
    /** Entering a blocking call (Py_BEGIN_ALLOW_THREADS). */
    IO,
    /** The thread's program ended. */
    FINISHED,
    /** The pre-3.2 ticker reached the check interval and a waiter took over (single core). */
    CHECK_INTERVAL,
    /** A waiter set gil_drop_request (3.2+). */
    DROP_REQUEST
}
