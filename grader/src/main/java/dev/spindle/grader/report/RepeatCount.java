package dev.spindle.grader.report;

/**
 * How many times the tests were executed in the child JVM: {@code ran} is below {@code requested} when a
 * repetition had a timeout or the JVM stopped.
 */
public record RepeatCount(int requested, int ran) {

    public static final RepeatCount ONCE = new RepeatCount(1, 1);

    public boolean repeated() {
        return requested > 1;
    }

    /** One line for every report; empty for a single run. */
    public String describe() {
        if (!repeated() || ran == 0) {
            return "";
        }
        String times = ran == requested ? requested + " times" : ran + " of " + requested + " times (a timeout or a "
                + "stopped JVM ends the repetitions)";
        return "Repeated: the tests ran " + times + " in one JVM; a test passes only if it passed every time.";
    }
}
