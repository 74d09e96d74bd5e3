package dev.spindle.grader.verdict;

/** How one graded test ended. Only {@link Passed} earns points. */
public sealed interface Verdict {

    /** Short word for tables: passed, failed, timed out, deadlocked, crashed, did not compile, not run. */
    String label();

    /** What the student should know, empty when there is nothing to add. */
    String explanation();

    default boolean passed() {
        return this instanceof Passed;
    }

    /** Orders verdicts from best (passed) to worst, to pick the verdict of record among repetitions. */
    default int severity() {
        return switch (this) {
            case Passed p -> 0;
            case NotRun n -> 1;
            case Failed f -> 2;
            case TimedOut t -> 3;
            case Deadlocked d -> 4;
            case Crashed c -> 5;
            case DidNotCompile d -> 6;
        };
    }

    record Passed() implements Verdict {
        public String label() { return "passed"; }
        public String explanation() { return ""; }
    }

    record Failed(String message) implements Verdict {
        public String label() { return "failed"; }
        public String explanation() { return message; }
    }

    /** @param details the timeout message and what was still running */
    record TimedOut(String details) implements Verdict {
        public String label() { return "timed out"; }
        public String explanation() { return details; }
    }

    /** @param details the cycle: threads, the locks they hold and wait for, and where */
    record Deadlocked(String details) implements Verdict {
        public String label() { return "deadlocked"; }
        public String explanation() { return details; }
    }

    record Crashed(CrashCause cause, String details) implements Verdict {
        public String label() { return "crashed"; }
        public String explanation() { return details; }
    }

    record DidNotCompile(String details) implements Verdict {
        public String label() { return "did not compile"; }
        public String explanation() { return details; }
    }

    /** Aborted, skipped, disabled or never reached: scores 0 like any other non-pass. */
    record NotRun(String reason) implements Verdict {
        public String label() { return "not run"; }
        public String explanation() { return reason; }
    }
}
