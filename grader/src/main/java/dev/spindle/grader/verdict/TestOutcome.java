package dev.spindle.grader.verdict;

/**
 * The verdict for one test key (all invocations, and the worst of all repetitions) and what the test printed.
 *
 * @param repetitions the verdict of each repetition that reached the test
 */
public record TestOutcome(String testKey, Verdict verdict, String output, Repetitions repetitions) {

    public TestOutcome(String testKey, Verdict verdict, String output) {
        this(testKey, verdict, output, Repetitions.NONE);
    }
}
