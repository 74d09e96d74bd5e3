package dev.spindle.grader.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.spindle.grader.ExerciseChecks;
import dev.spindle.grader.Fixtures;
import dev.spindle.grader.cli.GraderMain;
import dev.spindle.grader.exercise.ExerciseFolder;
import dev.spindle.grader.report.GradeReport;
import dev.spindle.grader.report.GradedTest;
import dev.spindle.grader.submission.Notebooks;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FixtureGradingIT {

    private final ExerciseFolder counter = Fixtures.counter();

    @TempDir
    Path dir;

    private static List<String> verdicts(GradeReport report) {
        return report.tests().stream().map(t -> t.name() + "=" + t.verdict().label()).toList();
    }

    @Test
    void referenceScoresFullMarksWithHiddenTests() {
        GradeReport report = SubmissionRunner.grade(counter, counter.reference(), true);
        assertThat(report.score()).isEqualTo(10).isEqualTo(report.maxScore());
        assertThat(report.tests()).hasSize(6).allMatch(t -> t.verdict().passed());
        assertThat(report.tests()).filteredOn(GradedTest::hidden).hasSize(3);
    }

    @Test
    void starterScoresZeroWithThePreciseMessage() {
        GradeReport report = SubmissionRunner.grade(counter, counter.root().resolve("src/main/java"), true);
        assertThat(report.score()).isZero();
        assertThat(report.test("CounterTest#incrementsOnce").verdict().explanation())
                .contains("Counter.increment() is not implemented yet");
    }

    @Test
    void everyWrongSolutionScoresBelowFullAndFailsTheTestsMeantToCatchIt() {
        List<String> problems = new ArrayList<>();
        for (String wrong : counter.spec().wrong().keySet()) {
            problems.addAll(ExerciseChecks.wrong(counter, wrong));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void givesTheSameVerdictsOnRepeatedRuns() {
        for (Path submission : List.of(counter.reference(), counter.wrongSolution("no-lock"), counter.wrongSolution("two-locks"))) {
            List<String> first = verdicts(SubmissionRunner.grade(counter, submission, true));
            for (int i = 0; i < 2; i++) {
                assertThat(verdicts(SubmissionRunner.grade(counter, submission, true))).as(submission.toString())
                        .isEqualTo(first);
            }
        }
    }

    @Test
    void checkRunsVisibleTestsOnly() {
        GradeReport report = SubmissionRunner.grade(counter, counter.reference(), false);
        assertThat(report.tests()).extracting(GradedTest::name)
                .containsExactly("CounterTest#startsAtZero", "CounterTest#incrementsOnce", "CounterTest#addsAmounts");
        assertThat(report.score()).isEqualTo(3);
    }

    @Test
    void gradesANotebookWhoseSolutionCellsWereMovedAndCopied() throws Exception {
        String reference = Files.readString(counter.reference().resolve("spindle/exercises/counter/Counter.java"));
        String withoutPackage = reference.replace("package spindle.exercises.counter;\n", "");
        int split = withoutPackage.indexOf("    public void increment()");
        String head = "// spindle:solution Counter.java\n" + withoutPackage.substring(0, split);
        String tail = "// spindle:solution Counter.java\n" + withoutPackage.substring(split);
        Path nb = Notebooks.write(dir.resolve("student.ipynb"), List.of(
                "var c = new Counter();\n",      // a scratch cell that uses the class
                head,
                "c.increment();\nc.get()\n",
                head,                             // the student copied the cell while experimenting
                tail));
        GradeReport report = SubmissionRunner.grade(counter, nb, true);
        assertThat(report.score()).as(report.problem()).isEqualTo(10);
        assertThat(report.notes()).anyMatch(n -> n.contains("copy of cell 3"));
    }

    @Test
    void writesGradescopeJsonAndHtmlFromTheCommandLine() throws Exception {
        Path json = dir.resolve("results/results.json");
        var out = new ByteArrayOutputStream();
        int code = GraderMain.run(new String[] {"--exercises", Fixtures.EXERCISES.toString(), "run", "01-counter",
                counter.wrongSolution("two-locks").toString(), "--hidden", "--json", json.toString(), "--format=html"},
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertThat(code).isZero();
        JsonNode results = new ObjectMapper().readTree(json.toFile());
        assertThat(results.get("score").asDouble()).isEqualTo(7);
        assertThat(results.get("tests")).hasSize(6);
        double sum = 0;
        for (JsonNode t : results.get("tests")) {
            sum += t.get("score").asDouble();
        }
        assertThat(sum).isEqualTo(7);
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("<div class=\"spindle-grade\">").contains("<table>");
    }
}
