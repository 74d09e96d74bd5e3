package dev.spindle.grader.protocol;

import java.util.List;

/**
 * What the child JVM tells the parent, one event per line on the private channel. The child only reports;
 * the parent decides verdicts and points.
 */
public sealed interface ChildEvent {

    /** All test keys the child discovered, before any runs. */
    record PlanReady(List<String> testKeys) implements ChildEvent {}

    /** @param invocation display name of this invocation (repeated and parameterized tests have several) */
    record TestStarted(String testKey, String invocation) implements ChildEvent {}

    /**
     * @param message assertion message, exception, or thread report for timeouts and deadlocks
     * @param output what the test printed, already capped
     * @param elapsedMillis from this invocation's start to its end in the child (0 when it never started)
     */
    record TestFinished(String testKey, String invocation, Outcome outcome, String message, String output,
                        long elapsedMillis) implements ChildEvent {}

    /** A shutdown hook saw System.exit being called; {@code caller} is the frame that called it, if found. */
    record ExitCalled(String caller) implements ChildEvent {}

    /** The watchdog counted too many live threads and is about to stop the JVM. */
    record ThreadLimitReached(int liveThreads, int limit, String sample) implements ChildEvent {}

    /** Something other than JUnit called the grader's listener: the submission tried to forge a result. */
    record Tampering(String detail) implements ChildEvent {}

    /**
     * The child starts executing the test plan again; events up to the next one belong to this repetition.
     *
     * @param repetition 1-based
     * @param of how many repetitions were asked for (fewer run when one has a timeout)
     */
    record RepetitionStarted(int repetition, int of) implements ChildEvent {}

    record RunFinished() implements ChildEvent {}

    enum Outcome { PASSED, FAILED, TIMED_OUT, DEADLOCKED, OUT_OF_MEMORY, ABORTED, SKIPPED }
}
