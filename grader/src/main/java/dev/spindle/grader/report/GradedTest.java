package dev.spindle.grader.report;

import dev.spindle.grader.verdict.Repetitions;
import dev.spindle.grader.verdict.Verdict;
import java.time.Duration;

/**
 * One row of a grade: a test key, its verdict and the points it earned out of its share.
 *
 * @param repetitions the verdict of each repetition; {@link Repetitions#flaky()} when they differ
 * @param elapsed what the test took in the child, in the repetition whose verdict this is
 */
public record GradedTest(String name, boolean hidden, Verdict verdict, double points, double maxPoints, String output,
                         Repetitions repetitions, Duration elapsed) {

    public GradedTest(String name, boolean hidden, Verdict verdict, double points, double maxPoints, String output) {
        this(name, hidden, verdict, points, maxPoints, output, Repetitions.NONE, Duration.ZERO);
    }

    public GradedTest(String name, boolean hidden, Verdict verdict, double points, double maxPoints, String output,
                      Repetitions repetitions) {
        this(name, hidden, verdict, points, maxPoints, output, repetitions, Duration.ZERO);
    }

    public boolean flaky() {
        return repetitions.flaky();
    }

    /** The verdict's label, with ", flaky" when the repetitions disagreed. */
    public String verdictLabel() {
        return flaky() ? verdict.label() + ", flaky" : verdict.label();
    }
}
