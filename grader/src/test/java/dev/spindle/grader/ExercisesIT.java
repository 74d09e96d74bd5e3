package dev.spindle.grader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.spindle.grader.exercise.ExerciseCatalog;
import dev.spindle.grader.exercise.ExerciseFolder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * For every exercise in the repository's exercises/ folder: the reference scores full marks, the starter 0,
 * and each known-wrong solution less than full marks while failing its mustFail tests.
 */
class ExercisesIT {

    /** Two child JVMs at a time: the build machines have two cores. */
    private static final int PARALLEL_GRADES = 2;

    private static Path exercisesRoot() {
        String configured = System.getProperty("spindle.exercises");
        return (configured == null ? Path.of("../exercises") : Path.of(configured)).toAbsolutePath().normalize();
    }

    @Test
    void everyExerciseGradesItsReferenceStarterAndWrongSolutionsAsDesigned() throws Exception {
        ExerciseCatalog catalog = new ExerciseCatalog(exercisesRoot());
        List<Path> folders = catalog.exerciseFolders();
        assumeTrue(!folders.isEmpty(), "exercises/ has no NN-slug folder yet at " + catalog.root());
        List<ExerciseFolder> exercises = catalog.exercises();
        assertThat(exercises).as("exercises loaded from " + catalog.root()).hasSameSizeAs(folders).isNotEmpty();

        List<Callable<List<String>>> checks = new ArrayList<>();
        for (ExerciseFolder exercise : exercises) {
            checks.add(() -> ExerciseChecks.reference(exercise));
            checks.add(() -> ExerciseChecks.starter(exercise));
            for (String wrong : exercise.spec().wrong().keySet()) {
                checks.add(() -> ExerciseChecks.wrong(exercise, wrong));
            }
        }
        List<String> problems = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(PARALLEL_GRADES)) {
            for (Future<List<String>> result : pool.invokeAll(checks)) {
                problems.addAll(result.get());
            }
        }
        System.out.printf("ExercisesIT: %d exercises, %d submissions graded%n", exercises.size(), checks.size());
        assertThat(problems).isEmpty();
    }
}
