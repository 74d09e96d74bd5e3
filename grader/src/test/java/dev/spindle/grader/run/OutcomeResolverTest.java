package dev.spindle.grader.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spindle.grader.exercise.Limits;
import dev.spindle.grader.protocol.ChildEvent;
import dev.spindle.grader.protocol.ChildEvent.Outcome;
import dev.spindle.grader.sandbox.SandboxSummary;
import dev.spindle.grader.verdict.CrashCause;
import dev.spindle.grader.verdict.TestOutcome;
import dev.spindle.grader.verdict.Verdict;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OutcomeResolverTest {

    private static final List<String> KEYS = List.of("T#a", "T#b", "T#c");

    private static List<ChildEvent> repetition(int n, int of, Outcome a, Outcome b, Outcome c) {
        List<ChildEvent> events = new ArrayList<>(List.of(new ChildEvent.RepetitionStarted(n, of), new ChildEvent.PlanReady(KEYS)));
        events.addAll(test("T#a", a, "a" + n, 100L * n));
        events.addAll(test("T#b", b, "b" + n, 100L * n));
        events.addAll(test("T#c", c, "c" + n, 100L * n));
        return events;
    }

    private static List<ChildEvent> test(String key, Outcome outcome, String message) {
        return test(key, outcome, message, 0);
    }

    private static List<ChildEvent> test(String key, Outcome outcome, String message, long elapsedMillis) {
        return List.of(new ChildEvent.TestStarted(key, key), new ChildEvent.TestFinished(key, key, outcome,
                outcome == Outcome.PASSED ? "" : message, "printed in " + message + "\n", elapsedMillis));
    }

    private static Map<String, TestOutcome> resolve(List<ChildEvent> events, int exitCode) {
        var run = new ChildRun(events, exitCode, false, "", "", Duration.ofSeconds(1), 0, SandboxSummary.none("test"),
                Optional.empty());
        return OutcomeResolver.resolve(run, KEYS, Limits.DEFAULT);
    }

    @Test
    void aTestThatPassesOnlySometimesGetsItsWorstVerdictAndIsFlaky() {
        List<ChildEvent> events = new ArrayList<>();
        for (int n = 1; n <= 4; n++) {
            events.addAll(repetition(n, 4, Outcome.PASSED, n % 2 == 0 ? Outcome.FAILED : Outcome.PASSED, Outcome.FAILED));
        }
        events.add(new ChildEvent.RunFinished());

        var outcomes = resolve(events, 0);

        assertThat(outcomes.get("T#a").verdict()).isInstanceOf(Verdict.Passed.class);
        assertThat(outcomes.get("T#a").repetitions().flaky()).isFalse();
        TestOutcome b = outcomes.get("T#b");
        assertThat(b.verdict()).isEqualTo(new Verdict.Failed("b2"));
        assertThat(b.output()).isEqualTo("printed in b2\n");
        assertThat(b.elapsed()).as("the time of the repetition whose verdict is reported").isEqualTo(Duration.ofMillis(200));
        assertThat(b.repetitions().verdicts()).containsExactly("passed", "failed", "passed", "failed");
        assertThat(b.repetitions().describe()).isEqualTo("flaky: passed in 2 of 4 repetitions; failed in repetitions 2, 4");
        assertThat(outcomes.get("T#c").verdict()).isEqualTo(new Verdict.Failed("c1"));
        assertThat(outcomes.get("T#c").repetitions().flaky()).as("failed every time: consistent, not flaky").isFalse();
    }

    @Test
    void aCrashInALaterRepetitionIsTheVerdictButOnlyTheTestThatCrashedIsFlaky() {
        List<ChildEvent> events = new ArrayList<>(repetition(1, 10, Outcome.PASSED, Outcome.PASSED, Outcome.PASSED));
        events.add(new ChildEvent.RepetitionStarted(2, 10));
        events.addAll(test("T#a", Outcome.PASSED, "a2"));
        events.add(new ChildEvent.TestStarted("T#b", "T#b"));
        events.add(new ChildEvent.ExitCalled("Counter.increment(Counter.java:9)"));

        var outcomes = resolve(events, 3);

        assertThat(outcomes.get("T#a").verdict().passed()).isTrue();
        assertThat(outcomes.get("T#b").verdict()).isInstanceOfSatisfying(Verdict.Crashed.class,
                c -> assertThat(c.cause()).isEqualTo(CrashCause.SYSTEM_EXIT));
        assertThat(outcomes.get("T#b").repetitions().verdicts()).containsExactly("passed", "crashed");
        assertThat(outcomes.get("T#c").verdict()).isInstanceOf(Verdict.Crashed.class);
        assertThat(outcomes.get("T#c").verdict().explanation()).startsWith("This test never ran");
        assertThat(outcomes.get("T#c").repetitions().flaky()).as("it never started in repetition 2").isFalse();
    }

    @Test
    void eventsWithoutRepetitionMarkersAreOneRepetition() {
        List<ChildEvent> events = new ArrayList<>(repetition(1, 1, Outcome.PASSED, Outcome.TIMED_OUT, Outcome.PASSED));
        events.removeFirst();
        events.add(new ChildEvent.RunFinished());

        var run = new ChildRun(events, 0, false, "", "", Duration.ZERO, 0, SandboxSummary.none("test"), Optional.empty());
        var outcomes = OutcomeResolver.resolve(run, KEYS, Limits.DEFAULT);

        assertThat(OutcomeResolver.repetitionsRun(run)).isZero();
        assertThat(outcomes.get("T#b").verdict()).isEqualTo(new Verdict.TimedOut("b1"));
        assertThat(outcomes.values()).noneMatch(o -> o.repetitions().flaky());
    }

    @Test
    void splitsEventsAtEachRepetitionStart() {
        List<ChildEvent> events = new ArrayList<>(repetition(1, 3, Outcome.PASSED, Outcome.PASSED, Outcome.PASSED));
        events.addAll(repetition(2, 3, Outcome.PASSED, Outcome.PASSED, Outcome.PASSED));
        events.addAll(repetition(3, 3, Outcome.PASSED, Outcome.PASSED, Outcome.PASSED));

        assertThat(OutcomeResolver.byRepetition(events)).hasSize(3).allSatisfy(r -> assertThat(r).hasSize(8));
    }
}
