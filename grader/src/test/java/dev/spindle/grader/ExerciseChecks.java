package dev.spindle.grader;

import dev.spindle.grader.exercise.ExerciseFolder;
import dev.spindle.grader.exercise.WrongSolution;
import dev.spindle.grader.report.GradeReport;
import dev.spindle.grader.report.GradedTest;
import dev.spindle.grader.run.SubmissionRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The build's promise about an exercise: reference = full marks, starter = 0, every known-wrong solution
 * below full marks and failing the tests meant to catch it.
 */
public final class ExerciseChecks {

    private ExerciseChecks() {}

    public static List<String> reference(ExerciseFolder exercise) {
        GradeReport report = SubmissionRunner.grade(exercise, exercise.reference(), true);
        List<String> problems = new ArrayList<>();
        if (report.maxScore() <= 0 || report.score() != report.maxScore()) {
            problems.add(exercise.id() + " reference scored " + report.score() + "/" + report.maxScore() + ": " + failing(report));
        }
        return problems;
    }

    public static List<String> starter(ExerciseFolder exercise) {
        GradeReport report = SubmissionRunner.grade(exercise, exercise.root().resolve("src/main/java"), true);
        return report.score() == 0 ? List.of()
                : List.of(exercise.id() + " starter scored " + report.score() + " (expected 0)");
    }

    public static List<String> wrong(ExerciseFolder exercise, String name) {
        WrongSolution wrong = exercise.spec().wrong().get(name);
        GradeReport report = SubmissionRunner.grade(exercise, exercise.wrongSolution(name), true);
        List<String> problems = new ArrayList<>();
        if (report.score() >= report.maxScore()) {
            problems.add(exercise.id() + " wrong/" + name + " scored full marks");
        }
        Map<String, GradedTest> byName = report.tests().stream()
                .collect(Collectors.toMap(GradedTest::name, t -> t));
        for (String key : wrong.mustFail()) {
            GradedTest test = byName.get(key);
            if (test == null) {
                problems.add(exercise.id() + " wrong/" + name + ": mustFail names unknown test " + key);
            } else if (test.verdict().passed()) {
                problems.add(exercise.id() + " wrong/" + name + " passed " + key + ", which must catch it");
            }
        }
        return problems;
    }

    static String failing(GradeReport report) {
        return report.problem() + report.tests().stream().filter(t -> !t.verdict().passed())
                .map(t -> t.name() + " " + t.verdict().label() + ": " + t.verdict().explanation())
                .collect(Collectors.joining("; "));
    }
}
