package dev.spindle.grader.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.spindle.grader.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExerciseReleaseTest {

    @TempDir
    Path out;

    @Test
    void copiesTheStudentFilesAndNothingFromMeta() throws Exception {
        int files = ExerciseRelease.copy(Fixtures.EXERCISES, out.resolve("release"));
        Path counter = out.resolve("release/01-counter");
        assertThat(counter.resolve("README.md")).exists();
        assertThat(counter.resolve("src/main/java/spindle/exercises/counter/Counter.java")).exists();
        assertThat(counter.resolve("src/test/java/spindle/exercises/counter/CounterTest.java")).exists();
        assertThat(counter.resolve(".meta")).doesNotExist();
        try (Stream<Path> all = Files.walk(out.resolve("release"))) {
            assertThat(all.filter(Files::isRegularFile).toList()).hasSize(files)
                    .noneMatch(p -> p.toString().contains(".meta"))
                    .noneMatch(p -> p.toString().contains("Hidden"));
        }
    }

    @Test
    void refusesToReleaseIntoTheExercisesFolder() {
        assertThatThrownBy(() -> ExerciseRelease.copy(Fixtures.EXERCISES, Fixtures.EXERCISES.resolve("out")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
