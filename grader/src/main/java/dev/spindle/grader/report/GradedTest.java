package dev.spindle.grader.report;

import dev.spindle.grader.verdict.Repetitions;
import dev.spindle.grader.verdict.Verdict;

/**
 * One row of a grade: a test key, its verdict and the points it earned out of its share.
 *
 * @param repetitions the verdict of each repetition; {@link Repetitions#flaky()} when they differ
 */
public record GradedTest(String name, boolean hidden, Verdict verdict, double points, double maxPoints, String output,
                         Repetitions repetitions) {

    public GradedTest(String name, boolean hidden, Verdict verdict, double points, double maxPoints, String output) {
        this(name, hidden, verdict, points, maxPoints, output, Repetitions.NONE);
    }

    public boolean flaky() {
        return repetitions.flaky();
    }

    /** The verdict's label, with ", flaky" when the repetitions disagreed. */
    public String verdictLabel() {
        return flaky() ? verdict.label() + ", flaky" : verdict.label();
    }
}
