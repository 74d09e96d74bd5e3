package dev.spindle.grader.report;

import dev.spindle.grader.sandbox.SandboxSummary;
import java.time.Duration;
import java.util.List;

/**
 * The grade of one submission, before it is turned into text, HTML or Gradescope JSON.
 *
 * @param problem why nothing (or only part) could run, for the student: a rejected submission or compiler
 *                errors; empty when everything compiled
 * @param hiddenVisibility Gradescope visibility for hidden tests
 * @param sandbox the protections the child JVM ran under, stated in every report
 * @param repeats how many times the tests were executed (the verdict of record is the worst)
 */
public record GradeReport(String exerciseId, String title, String submission, boolean hiddenIncluded,
                          List<GradedTest> tests, List<String> notes, String problem, String hiddenVisibility,
                          Duration elapsed, SandboxSummary sandbox, RepeatCount repeats) {

    public GradeReport {
        tests = List.copyOf(tests);
        notes = List.copyOf(notes);
    }

    /** A report of tests executed once. */
    public GradeReport(String exerciseId, String title, String submission, boolean hiddenIncluded,
                       List<GradedTest> tests, List<String> notes, String problem, String hiddenVisibility,
                       Duration elapsed, SandboxSummary sandbox) {
        this(exerciseId, title, submission, hiddenIncluded, tests, notes, problem, hiddenVisibility, elapsed, sandbox,
                RepeatCount.ONCE);
    }

    /** A report made outside a graded run (tests, previews): it states that no sandbox was recorded. */
    public GradeReport(String exerciseId, String title, String submission, boolean hiddenIncluded,
                       List<GradedTest> tests, List<String> notes, String problem, String hiddenVisibility,
                       Duration elapsed) {
        this(exerciseId, title, submission, hiddenIncluded, tests, notes, problem, hiddenVisibility, elapsed,
                SandboxSummary.none("not recorded"));
    }

    public double score() {
        return tests.stream().mapToDouble(GradedTest::points).sum();
    }

    public double maxScore() {
        return tests.stream().mapToDouble(GradedTest::maxPoints).sum();
    }

    public boolean allPassed() {
        return !tests.isEmpty() && tests.stream().allMatch(t -> t.verdict().passed());
    }

    public List<GradedTest> flakyTests() {
        return tests.stream().filter(GradedTest::flaky).toList();
    }

    public GradedTest test(String name) {
        return tests.stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no test " + name + " in " + tests));
    }

    static String points(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(java.util.Locale.ROOT, "%.2f", value);
    }
}
