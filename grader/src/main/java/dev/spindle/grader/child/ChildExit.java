package dev.spindle.grader.child;

/** Exit codes the child uses with Runtime.halt, so the parent can tell them from student exits. */
public final class ChildExit {

    public static final int FINISHED = 0;
    public static final int NO_CHANNEL = 81;
    public static final int INTERNAL_ERROR = 82;
    public static final int THREAD_LIMIT = 86;

    private ChildExit() {}
}
