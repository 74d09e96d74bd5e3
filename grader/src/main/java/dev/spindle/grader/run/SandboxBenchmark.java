package dev.spindle.grader.run;

import dev.spindle.grader.exercise.ExerciseFolder;
import dev.spindle.grader.report.GradeReport;
import dev.spindle.grader.sandbox.SandboxProfile;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Measures what the sandbox costs per submission: the same submission graded alternately in an unsandboxed
 * child JVM and in the sandbox, in one process, so machine load affects both alike.
 */
public final class SandboxBenchmark {

    private SandboxBenchmark() {}

    /** Timings of one mode, in milliseconds. */
    public record Series(String mode, List<Long> millis) {
        public long median() {
            List<Long> sorted = millis.stream().sorted().toList();
            return sorted.get(sorted.size() / 2);
        }

        public long min() {
            return millis.stream().mapToLong(Long::longValue).min().orElse(0);
        }

        public long max() {
            return millis.stream().mapToLong(Long::longValue).max().orElse(0);
        }
    }

    /**
     * @param score what the sandboxed run scored
     * @param unsandboxedScore what the unsandboxed run scored: a different score means the sandbox broke the run,
     *                         and its timings measure a failure, not the sandbox
     */
    public record Result(String exercise, String submission, double score, double unsandboxedScore, double maxScore,
                         Series unsandboxed, Series sandboxed) {

        public long costMillis() {
            return sandboxed.median() - unsandboxed.median();
        }

        public String describe() {
            return String.format(Locale.ROOT, """
                    Sandbox cost per submission: %s, %s (scores %s / %s), %d rounds each, interleaved
                      %-52s median %6d ms  (min %d, max %d)
                      %-52s median %6d ms  (min %d, max %d)
                      cost: %+d ms per submission (%+.0f %%)
                    """, exercise, submission, fmt(score), fmt(maxScore),
                    unsandboxed.millis().size(),
                    unsandboxed.mode(), unsandboxed.median(), unsandboxed.min(), unsandboxed.max(),
                    sandboxed.mode(), sandboxed.median(), sandboxed.min(), sandboxed.max(),
                    costMillis(), 100.0 * costMillis() / Math.max(1, unsandboxed.median()))
                    + (score == unsandboxedScore ? "" : String.format(Locale.ROOT,
                    "  WARNING: unsandboxed it scores %s / %s: the sandbox changes the result, so these timings are not its cost%n",
                    fmt(unsandboxedScore), fmt(maxScore)));
        }

        private static String fmt(double v) {
            return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
        }
    }

    public static Result run(ExerciseFolder exercise, Path submission, SandboxProfile sandbox, int rounds) {
        SandboxProfile plain = SandboxProfile.unconfined("benchmark baseline");
        // one untimed run each: probe, runtime staging and AOT training happen here
        GradeReport baseline = SubmissionRunner.grade(exercise, submission, true, plain);
        GradeReport last = SubmissionRunner.grade(exercise, submission, true, sandbox);
        List<Long> plainMillis = new ArrayList<>();
        List<Long> sandboxMillis = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            plainMillis.add(timed(exercise, submission, plain));
            sandboxMillis.add(timed(exercise, submission, sandbox));
        }
        return new Result(exercise.id(), submission.getFileName().toString(), last.score(), baseline.score(), last.maxScore(),
                new Series("unsandboxed child JVM", plainMillis),
                new Series("sandboxed: " + sandbox.summary().isolation(), sandboxMillis));
    }

    private static long timed(ExerciseFolder exercise, Path submission, SandboxProfile profile) {
        long start = System.nanoTime();
        SubmissionRunner.grade(exercise, submission, true, profile);
        return Duration.ofNanos(System.nanoTime() - start).toMillis();
    }
}
