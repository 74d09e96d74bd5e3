package dev.spindle.grader.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.spindle.grader.Fixtures;
import dev.spindle.grader.cli.GraderMain;
import dev.spindle.grader.exercise.ExerciseFolder;
import dev.spindle.grader.report.GradeReport;
import dev.spindle.grader.report.GradedTest;
import dev.spindle.grader.report.RepeatCount;
import dev.spindle.grader.verdict.Verdict;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code --repeat N}: the test plan executed N times in one child JVM, the worst verdict of record. */
class RepeatedGradingIT {

    private final ExerciseFolder counter = Fixtures.counter();

    @AfterEach
    void leavesNoProcessBehind() {
        assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).toList()).isEmpty();
    }

    @Test
    void aTestThatFailsEverySecondRunIsFlakyAndScoresZero() {
        GradeReport report = SubmissionRunner.grade(counter, Fixtures.FLAKY, false, 10);

        assertThat(report.repeats()).isEqualTo(new RepeatCount(10, 10));
        GradedTest flaky = report.test("CounterTest#startsAtZero");
        assertThat(flaky.verdict()).isInstanceOf(Verdict.Failed.class);
        assertThat(flaky.points()).isZero();
        assertThat(flaky.flaky()).isTrue();
        assertThat(flaky.repetitions().describe())
                .isEqualTo("flaky: passed in 5 of 10 repetitions; failed in repetitions 2, 4, 6, 8, 10");
        assertThat(report.flakyTests()).containsExactly(flaky);
        assertThat(report.score()).isEqualTo(2);
    }

    @Test
    void theSameFlakySubmissionRunOnceLooksCorrect() {
        GradeReport report = SubmissionRunner.grade(counter, Fixtures.FLAKY, false, 1);
        assertThat(report.score()).isEqualTo(3);
        assertThat(report.flakyTests()).isEmpty();
    }

    @Test
    void theReferencePassesEveryRepetitionWithHiddenTests() {
        GradeReport report = SubmissionRunner.grade(counter, counter.reference(), true, 10);
        assertThat(report.score()).isEqualTo(10).isEqualTo(report.maxScore());
        assertThat(report.repeats()).isEqualTo(new RepeatCount(10, 10));
        assertThat(report.tests()).allSatisfy(t -> assertThat(t.repetitions().verdicts()).hasSize(10).containsOnly("passed"));
    }

    @Test
    void aDeadlockEndsTheRepetitionsAfterTheFirst() {
        GradeReport report = SubmissionRunner.grade(counter, Fixtures.hostile("deadlock-platform"), false, 10);
        assertThat(report.test("CounterTest#incrementsOnce").verdict()).isInstanceOf(Verdict.Deadlocked.class);
        assertThat(report.repeats()).isEqualTo(new RepeatCount(10, 1));
        assertThat(report.elapsed()).isLessThan(Duration.ofSeconds(counter.spec().limits().wallSeconds()));
    }

    @Test
    void aCrashEndsTheRepetitions() {
        GradeReport report = SubmissionRunner.grade(counter, Fixtures.hostile("system-exit"), false, 10);
        assertThat(report.test("CounterTest#incrementsOnce").verdict()).isInstanceOf(Verdict.Crashed.class);
        assertThat(report.repeats().ran()).isEqualTo(1);
    }

    @Test
    void runWithRepeatReportsTheFlakyTestInGradescopeJson() throws Exception {
        var out = new ByteArrayOutputStream();
        int code = GraderMain.run(new String[] {"--exercises", Fixtures.EXERCISES.toString(), "run", "01-counter",
                Fixtures.FLAKY.toString(), "--repeat", "4", "--format=json"},
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertThat(code).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(json.get("output").asText()).contains("Repeated: the tests ran 4 times")
                .contains("Flaky: CounterTest#startsAtZero — flaky: passed in 2 of 4 repetitions; failed in repetitions 2, 4");
        assertThat(json.get("score").asDouble()).isEqualTo(2);
    }
}
