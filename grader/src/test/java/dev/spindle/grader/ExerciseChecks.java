package dev.spindle.grader;

import dev.spindle.grader.exercise.ExerciseFolder;
import dev.spindle.grader.exercise.WrongSolution;
import dev.spindle.grader.report.GradeReport;
import dev.spindle.grader.report.GradedTest;
import dev.spindle.grader.run.SubmissionRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The build's promise about an exercise: reference = full marks, starter = 0, every known-wrong solution
 * below full marks and failing the tests meant to catch it — in every repetition of the tests.
 * Each problem names the exercise, the submission and the test.
 */
public final class ExerciseChecks {

    private ExerciseChecks() {}

    public static List<String> reference(ExerciseFolder exercise) {
        return reference(exercise, 1);
    }

    public static List<String> starter(ExerciseFolder exercise) {
        return starter(exercise, 1);
    }

    public static List<String> wrong(ExerciseFolder exercise, String name) {
        return wrong(exercise, name, 1);
    }

    public static List<String> reference(ExerciseFolder exercise, int repetitions) {
        GradeReport report = SubmissionRunner.grade(exercise, exercise.reference(), true, repetitions);
        String who = exercise.id() + " reference";
        List<String> problems = new ArrayList<>();
        if (report.maxScore() <= 0) {
            problems.add(who + ": no test has points" + problemOf(report));
        }
        report.tests().stream().filter(t -> !t.verdict().passed()).forEach(t -> problems.add(who + ": " + t.name() + " "
                + t.verdictLabel() + " (expected passed every time)" + repetitionsOf(t) + ": "
                + firstLine(t.verdict().explanation()) + problemOf(report)));
        return problems;
    }

    public static List<String> starter(ExerciseFolder exercise, int repetitions) {
        GradeReport report = SubmissionRunner.grade(exercise, exercise.root().resolve("src/main/java"), true, repetitions);
        String who = exercise.id() + " starter";
        List<String> problems = new ArrayList<>();
        for (GradedTest t : report.tests()) {
            long passed = passedCount(t);
            if (passed > 0 || t.points() > 0) {
                problems.add(who + ": " + t.name() + " passed" + (t.repetitions().verdicts().size() > 1 ? " in " + passed
                        + " of " + t.repetitions().verdicts().size() + " repetitions" : "") + " (expected never)");
            }
        }
        return problems;
    }

    /**
     * Below full marks in every repetition, and every mustFail test failing in every repetition. Other tests
     * of a wrong solution may change verdict between repetitions (its bug may leave state behind).
     */
    public static List<String> wrong(ExerciseFolder exercise, String name, int repetitions) {
        WrongSolution wrong = exercise.spec().wrong().get(name);
        GradeReport report = SubmissionRunner.grade(exercise, exercise.wrongSolution(name), true, repetitions);
        String who = exercise.id() + " wrong/" + name;
        List<String> problems = new ArrayList<>();
        if (report.score() >= report.maxScore()) {
            problems.add(who + ": scored full marks " + report.score() + "/" + report.maxScore() + problemOf(report));
        }
        fullMarksInSomeRepetition(report).ifPresent(r -> problems.add(who + ": every test passed in repetition " + r
                + " of " + report.repeats().ran()));
        Map<String, GradedTest> byName = report.tests().stream().collect(Collectors.toMap(GradedTest::name, t -> t));
        for (String key : wrong.mustFail()) {
            GradedTest test = byName.get(key);
            if (test == null) {
                problems.add(who + ": mustFail names unknown test " + key + " (tests: " + byName.keySet() + ")");
            } else if (test.verdict().passed() || passedCount(test) > 0) {
                problems.add(who + ": " + key + " passed" + repetitionsOf(test) + ", but it must catch this solution every time");
            }
        }
        return problems;
    }

    private static long passedCount(GradedTest test) {
        return test.repetitions().verdicts().stream().filter("passed"::equals).count();
    }

    /** The first repetition (1-based) in which every test that ran passed. */
    private static Optional<Integer> fullMarksInSomeRepetition(GradeReport report) {
        for (int r = 0; r < report.repeats().ran(); r++) {
            final int index = r;
            List<GradedTest> reached = report.tests().stream().filter(t -> t.repetitions().verdicts().size() > index).toList();
            if (reached.size() == report.tests().size() && !reached.isEmpty()
                    && reached.stream().allMatch(t -> t.repetitions().verdicts().get(index).equals("passed"))) {
                return Optional.of(r + 1);
            }
        }
        return Optional.empty();
    }

    private static String repetitionsOf(GradedTest test) {
        return test.flaky() ? " (" + test.repetitions().describe() + ")" : "";
    }

    private static String problemOf(GradeReport report) {
        return report.problem().isEmpty() ? "" : " [" + firstLine(report.problem()) + "]";
    }

    private static String firstLine(String text) {
        String line = text.strip().lines().findFirst().orElse("");
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
