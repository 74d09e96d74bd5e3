package dev.spindle.grader;

import dev.spindle.grader.exercise.ExerciseCatalog;
import dev.spindle.grader.exercise.ExerciseFolder;
import java.nio.file.Path;

/** Paths of the grader's own fixture exercise and hostile submissions (tests run from the module folder). */
public final class Fixtures {

    public static final Path EXERCISES = Path.of("src/test/resources/fixtures/exercises").toAbsolutePath();
    public static final Path HOSTILE = Path.of("src/test/resources/fixtures/hostile").toAbsolutePath();
    /** A Counter whose startsAtZero test fails on every second execution in one JVM (a static counter). */
    public static final Path FLAKY = Path.of("src/test/resources/fixtures/flaky/fails-every-second-run/Counter.java")
            .toAbsolutePath();

    private Fixtures() {}

    public static ExerciseFolder counter() {
        return new ExerciseCatalog(EXERCISES).find("01-counter").orElseThrow();
    }

    public static Path hostile(String name) {
        return HOSTILE.resolve(name).resolve("Counter.java");
    }
}
