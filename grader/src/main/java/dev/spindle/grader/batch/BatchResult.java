package dev.spindle.grader.batch;

import java.time.Duration;

/** What one batch run did. */
public record BatchResult(int submissions, int graded, int unchanged, int notGraded, Duration elapsed) {

    /** Graded submissions per minute over the whole run (unchanged ones excluded). */
    public double perMinute() {
        return elapsed.isZero() ? 0 : graded * 60_000.0 / Math.max(1, elapsed.toMillis());
    }
}
