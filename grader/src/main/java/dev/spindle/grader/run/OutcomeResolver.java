package dev.spindle.grader.run;

import dev.spindle.grader.exercise.Limits;
import dev.spindle.grader.protocol.ChildEvent;
import dev.spindle.grader.protocol.ChildEvent.Outcome;
import dev.spindle.grader.verdict.CrashCause;
import dev.spindle.grader.verdict.Repetitions;
import dev.spindle.grader.verdict.TestOutcome;
import dev.spindle.grader.verdict.Verdict;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides each test's verdict from what the parent observed. Within one repetition of the test plan, a test that
 * started but never finished, and every test after it, takes the verdict of whatever stopped the JVM. Across
 * repetitions the verdict of record is the worst one, and a test whose verdicts differ is flaky.
 */
public final class OutcomeResolver {

    private static final int MAX_MESSAGE_CHARS = 16 * 1024;
    /** Room for one invocation's capped output plus the child's truncation notice. */
    private static final int MAX_OUTPUT_CHARS = ChildLauncher.OUTPUT_CAP_BYTES + 1024;

    private OutcomeResolver() {}

    /** @param expectedKeys keys that must get a verdict even if the child never mentioned them */
    public static Map<String, TestOutcome> resolve(ChildRun run, List<String> expectedKeys, Limits limits) {
        Set<String> keys = new LinkedHashSet<>(expectedKeys);
        run.events().forEach(e -> keys.addAll(keysOf(e)));
        Crash crash = crashOf(run, limits);
        List<List<ChildEvent>> repetitions = byRepetition(run.events());
        List<Map<String, RepetitionVerdict>> verdicts = new ArrayList<>();
        for (int i = 0; i < repetitions.size(); i++) {
            // Only the last repetition can have been stopped by a crash: the JVM ends with it.
            verdicts.add(resolveRepetition(repetitions.get(i), keys, i == repetitions.size() - 1 ? crash : null));
        }
        Map<String, TestOutcome> outcomes = new LinkedHashMap<>();
        for (String key : keys) {
            outcomes.put(key, combine(key, verdicts.stream().map(v -> v.get(key)).toList()));
        }
        return tampering(run).map(why -> forfeit(outcomes, why)).orElse(outcomes);
    }

    /** How many times the child started executing the test plan (0 if it never got that far). */
    public static int repetitionsRun(ChildRun run) {
        return (int) run.events().stream().filter(e -> e instanceof ChildEvent.RepetitionStarted).count();
    }

    /**
     * One test in one repetition.
     *
     * @param reached false when the JVM had stopped before the test started: such a verdict counts for the grade
     *                but not for flakiness (the test itself did not behave differently)
     */
    private record RepetitionVerdict(Verdict verdict, String output, boolean reached, Duration elapsed) {
        RepetitionVerdict(Verdict verdict, String output, boolean reached) {
            this(verdict, output, reached, Duration.ZERO);
        }
    }

    private static List<String> keysOf(ChildEvent event) {
        return switch (event) {
            case ChildEvent.PlanReady plan -> plan.testKeys();
            case ChildEvent.TestStarted s -> List.of(s.testKey());
            case ChildEvent.TestFinished f -> List.of(f.testKey());
            default -> List.of();
        };
    }

    /** Events split at each {@link ChildEvent.RepetitionStarted}; a child that never sent one made one repetition. */
    static List<List<ChildEvent>> byRepetition(List<ChildEvent> events) {
        List<List<ChildEvent>> repetitions = new ArrayList<>();
        List<ChildEvent> current = new ArrayList<>();
        boolean currentStarted = false;
        for (ChildEvent event : events) {
            if (event instanceof ChildEvent.RepetitionStarted) {
                if (currentStarted) {
                    repetitions.add(current);
                    current = new ArrayList<>();
                }
                currentStarted = true;
            }
            current.add(event);
        }
        repetitions.add(current);
        return repetitions;
    }

    private static Map<String, RepetitionVerdict> resolveRepetition(List<ChildEvent> events, Set<String> keys, Crash crash) {
        Map<String, List<ChildEvent.TestFinished>> finished = new LinkedHashMap<>();
        Map<String, String> open = new LinkedHashMap<>();
        for (ChildEvent event : events) {
            switch (event) {
                case ChildEvent.TestStarted s -> open.put(s.testKey() + "\u0000" + s.invocation(), s.testKey());
                case ChildEvent.TestFinished f -> {
                    open.remove(f.testKey() + "\u0000" + f.invocation());
                    finished.computeIfAbsent(f.testKey(), k -> new ArrayList<>()).add(f);
                }
                default -> { }
            }
        }
        Set<String> interrupted = new LinkedHashSet<>(open.values());
        String interruptedNames = String.join(", ", interrupted);

        Map<String, RepetitionVerdict> verdicts = new LinkedHashMap<>();
        for (String key : keys) {
            List<ChildEvent.TestFinished> done = finished.getOrDefault(key, List.of());
            String output = capOutput(String.join("", done.stream().map(ChildEvent.TestFinished::output).toList()));
            Duration elapsed = Duration.ofMillis(done.stream().mapToLong(ChildEvent.TestFinished::elapsedMillis).sum());
            RepetitionVerdict verdict;
            if (crash != null && interrupted.contains(key)) {
                verdict = new RepetitionVerdict(new Verdict.Crashed(crash.cause(), crash.details()), output, true);
            } else if (!done.isEmpty()) {
                verdict = new RepetitionVerdict(worst(done), output, true, elapsed);
            } else if (crash != null) {
                verdict = new RepetitionVerdict(new Verdict.Crashed(crash.cause(), "This test never ran: the test JVM had stopped"
                        + (interrupted.isEmpty() ? "" : " during " + interruptedNames) + ". " + crash.details()), output, false);
            } else {
                verdict = new RepetitionVerdict(new Verdict.NotRun("This test was not found or not run."), output, true);
            }
            verdicts.put(key, verdict);
        }
        return verdicts;
    }

    /** The worst verdict (the first repetition that had it, with its output); flaky when reached verdicts differ. */
    private static TestOutcome combine(String key, List<RepetitionVerdict> repetitions) {
        RepetitionVerdict worst = repetitions.getFirst();
        for (RepetitionVerdict r : repetitions) {
            if (r.verdict().severity() > worst.verdict().severity()) {
                worst = r;
            }
        }
        Repetitions reached = new Repetitions(repetitions.stream().filter(RepetitionVerdict::reached)
                .map(r -> r.verdict().label()).toList());
        return new TestOutcome(key, worst.verdict(), worst.output(), reached, worst.elapsed());
    }

    private static java.util.Optional<String> tampering(ChildRun run) {
        return run.events().stream().filter(e -> e instanceof ChildEvent.Tampering)
                .map(e -> ((ChildEvent.Tampering) e).detail()).findFirst();
    }

    private static Map<String, TestOutcome> forfeit(Map<String, TestOutcome> outcomes, String why) {
        Map<String, TestOutcome> forfeited = new LinkedHashMap<>();
        outcomes.forEach((key, o) -> forfeited.put(key, new TestOutcome(key, new Verdict.Crashed(CrashCause.TAMPERING,
                "The submission tried to report test results itself (" + why + "), so no test earns points."),
                o.output(), o.repetitions(), o.elapsed())));
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
