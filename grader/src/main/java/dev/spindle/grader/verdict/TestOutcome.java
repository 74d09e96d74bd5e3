package dev.spindle.grader.verdict;

import java.time.Duration;

/**
 * The verdict for one test key (all invocations, and the worst of all repetitions) and what the test printed.
 *
 * @param repetitions the verdict of each repetition that reached the test
 * @param elapsed what its invocations took in the repetition whose verdict this is (zero if none ran)
 */
public record TestOutcome(String testKey, Verdict verdict, String output, Repetitions repetitions, Duration elapsed) {

    public TestOutcome(String testKey, Verdict verdict, String output) {
        this(testKey, verdict, output, Repetitions.NONE, Duration.ZERO);
    }
}
