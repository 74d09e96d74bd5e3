package dev.spindle.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spindle.grader.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class GraderMainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return GraderMain.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void listsExercisesWithTheirPoints() {
        assertThat(run("--exercises", Fixtures.EXERCISES.toString(), "list")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("01-counter").contains("10 points").contains("Counter.java");
    }

    @Test
    void printsUsageForNoOrUnknownCommands() {
        assertThat(run()).isEqualTo(2);
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(run("run", "--format=pdf", "x", "y")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Usage: spindle grade");
    }

    @Test
    void namesTheMissingExercise() {
        assertThat(run("--exercises", Fixtures.EXERCISES.toString(), "check", "99-nope", "x.java")).isEqualTo(3);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("No exercise 99-nope");
    }

    @Test
    void gradesARejectedSubmissionAsZeroWithTheReason() {
        assertThat(run("--exercises", Fixtures.EXERCISES.toString(), "check", "counter", "/nonexistent/Counter.java"))
                .isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("does not exist").contains("0 / 3");
    }
}
