package dev.spindle.grader.run;

import dev.spindle.grader.exercise.Limits;
import dev.spindle.grader.protocol.ChildEvent;
import dev.spindle.grader.protocol.ChildEvent.Outcome;
import dev.spindle.grader.verdict.CrashCause;
import dev.spindle.grader.verdict.TestOutcome;
import dev.spindle.grader.verdict.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides each test's verdict from what the parent observed. A test that started but never finished, and
 * every test after it, takes the verdict of whatever stopped the JVM.
 */
public final class OutcomeResolver {

    private static final int MAX_MESSAGE_CHARS = 16 * 1024;
    /** Room for one invocation's capped output plus the child's truncation notice. */
    private static final int MAX_OUTPUT_CHARS = ChildLauncher.OUTPUT_CAP_BYTES + 1024;

    private OutcomeResolver() {}

    /** @param expectedKeys keys that must get a verdict even if the child never mentioned them */
    public static Map<String, TestOutcome> resolve(ChildRun run, List<String> expectedKeys, Limits limits) {
        Map<String, List<ChildEvent.TestFinished>> finished = new LinkedHashMap<>();
        Map<String, String> open = new LinkedHashMap<>();
        Set<String> keys = new LinkedHashSet<>(expectedKeys);
        for (ChildEvent event : run.events()) {
            switch (event) {
                case ChildEvent.PlanReady plan -> keys.addAll(plan.testKeys());
                case ChildEvent.TestStarted s -> {
                    keys.add(s.testKey());
                    open.put(s.testKey() + "\u0000" + s.invocation(), s.testKey());
                }
                case ChildEvent.TestFinished f -> {
                    keys.add(f.testKey());
                    open.remove(f.testKey() + "\u0000" + f.invocation());
                    finished.computeIfAbsent(f.testKey(), k -> new ArrayList<>()).add(f);
                }
                default -> { }
            }
        }
        Crash crash = crashOf(run, limits);
        Set<String> interrupted = new LinkedHashSet<>(open.values());
        String interruptedNames = String.join(", ", interrupted);

        Map<String, TestOutcome> outcomes = new LinkedHashMap<>();
        for (String key : keys) {
            List<ChildEvent.TestFinished> done = finished.getOrDefault(key, List.of());
            String output = capOutput(String.join("", done.stream().map(ChildEvent.TestFinished::output).toList()));
            Verdict verdict;
            if (crash != null && interrupted.contains(key)) {
                verdict = new Verdict.Crashed(crash.cause(), crash.details());
            } else if (!done.isEmpty()) {
                verdict = worst(done);
            } else if (crash != null) {
                verdict = new Verdict.Crashed(crash.cause(), "This test never ran: the test JVM had stopped"
                        + (interrupted.isEmpty() ? "" : " during " + interruptedNames) + ". " + crash.details());
            } else {
                verdict = new Verdict.NotRun("This test was not found or not run.");
            }
            outcomes.put(key, new TestOutcome(key, verdict, output));
        }
        return tampering(run).map(why -> forfeit(outcomes, why)).orElse(outcomes);
    }

    private static java.util.Optional<String> tampering(ChildRun run) {
        return run.events().stream().filter(e -> e instanceof ChildEvent.Tampering)
                .map(e -> ((ChildEvent.Tampering) e).detail()).findFirst();
    }

    private static Map<String, TestOutcome> forfeit(Map<String, TestOutcome> outcomes, String why) {
        Map<String, TestOutcome> forfeited = new LinkedHashMap<>();
        outcomes.forEach((key, o) -> forfeited.put(key, new TestOutcome(key, new Verdict.Crashed(CrashCause.TAMPERING,
                "The submission tried to report test results itself (" + why + "), so no test earns points."),
                o.output())));
        return forfeited;
    }

    private static Verdict worst(List<ChildEvent.TestFinished> invocations) {
        ChildEvent.TestFinished worst = null;
        for (ChildEvent.TestFinished f : invocations) {
            if (f.outcome() != Outcome.PASSED && (worst == null || severity(f.outcome()) > severity(worst.outcome()))) {
                worst = f;
            }
        }
        if (worst == null) {
            return new Verdict.Passed();
        }
        String prefix = invocations.size() > 1
                ? "invocation " + worst.invocation() + " (" + failures(invocations) + " of " + invocations.size() + " failed): "
                : "";
        String message = cap(prefix + worst.message(), MAX_MESSAGE_CHARS);
        return switch (worst.outcome()) {
            case FAILED -> new Verdict.Failed(message);
            case TIMED_OUT -> new Verdict.TimedOut(message);
            case DEADLOCKED -> new Verdict.Deadlocked(message);
            case OUT_OF_MEMORY -> new Verdict.Crashed(CrashCause.OUT_OF_MEMORY, "ran out of memory: " + message);
            case ABORTED, SKIPPED -> new Verdict.NotRun(message);
            case PASSED -> new Verdict.Passed();
        };
    }

    private static long failures(List<ChildEvent.TestFinished> invocations) {
        return invocations.stream().filter(f -> f.outcome() != Outcome.PASSED).count();
    }

    private static int severity(Outcome outcome) {
        return switch (outcome) {
            case PASSED -> 0;
            case SKIPPED -> 1;
            case ABORTED -> 2;
            case FAILED -> 3;
            case TIMED_OUT -> 4;
            case OUT_OF_MEMORY -> 5;
            case DEADLOCKED -> 6;
        };
    }

    private record Crash(CrashCause cause, String details) {}

    private static Crash crashOf(ChildRun run, Limits limits) {
        if (run.stoppedAtWallClock()) {
            return new Crash(CrashCause.WALL_CLOCK_LIMIT, "The whole run went over its wall-clock limit of "
                    + limits.wallSeconds() + " s, so the test JVM was stopped.");
        }
        for (ChildEvent e : run.events()) {
            if (e instanceof ChildEvent.ThreadLimitReached t) {
                return new Crash(CrashCause.THREAD_LIMIT, "Your code had " + t.liveThreads()
                        + " live threads, more than the limit of " + t.limit()
                        + ", so the test JVM was stopped."
                        + (t.sample().isEmpty() ? "" : " Threads in your code: " + t.sample() + ".")
                        + " Use a bounded pool, or make sure threads end.");
            }
        }
        for (ChildEvent e : run.events()) {
            if (e instanceof ChildEvent.ExitCalled exit) {
                String where = exit.caller().isEmpty() ? "" : " at " + exit.caller();
                return new Crash(CrashCause.SYSTEM_EXIT, "System.exit(" + run.exitCode() + ") was called" + where
                        + ", which stopped the test JVM. Never call System.exit from code under test.");
            }
        }
        if (run.finished()) {
            return null;
        }
        long oomKills = run.counters().map(c -> c.oomKills()).orElse(0L);
        if (oomKills > 0) {
            return new Crash(CrashCause.OUT_OF_MEMORY, "The test JVM was killed by the sandbox's memory limit (its "
                    + "processes used more memory than the heap limit of " + limits.heapMb() + " MB plus native "
                    + "allowance). Look for native or direct memory, or processes, that grow without end.");
        }
        if (run.exitCode() == 128 + 24 || run.exitCode() == 24) {
            return new Crash(CrashCause.CPU_TIME_LIMIT, "The test JVM used up its CPU-time limit, so the kernel "
                    + "stopped it. Look for threads that spin.");
        }
        String tails = run.stdoutTail() + run.stderrTail();
        if (tails.contains("java.lang.OutOfMemoryError")) {
            String kind = tails.contains("unable to create native thread") ? " (no memory left for new threads)" : "";
            return new Crash(CrashCause.OUT_OF_MEMORY, "The test JVM ran out of memory" + kind + "; the heap limit is "
                    + limits.heapMb() + " MB. Look for collections or arrays that grow without end.");
        }
        String stderr = run.stderrTail().strip();
        return new Crash(CrashCause.JVM_DIED, "The test JVM stopped unexpectedly (exit code " + run.exitCode() + ")."
                + (stderr.isEmpty() ? "" : "\n" + cap(stderr, 2_000)));
    }

    private static String capOutput(String text) {
        return text.length() <= MAX_OUTPUT_CHARS ? text
                : text.substring(0, MAX_OUTPUT_CHARS) + "\n[output truncated: only the first "
                        + (MAX_OUTPUT_CHARS / 1024) + " KiB of all invocations are kept]";
    }

    private static String cap(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "\n[… truncated]";
    }
}
