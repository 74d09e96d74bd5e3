package dev.spindle.grader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.spindle.grader.exercise.ExerciseCatalog;
import dev.spindle.grader.exercise.ExerciseFolder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * For every exercise in the repository's exercises/ folder: the reference scores full marks, the starter 0,
 * and each known-wrong solution less than full marks while failing its mustFail tests — the same verdict in
 * each of {@link #REPETITIONS} executions of the tests (one child JVM per submission, {@code --repeat}): the
 * reference passes every test every time, the starter never passes one, and each mustFail test fails every time.
 */
class ExercisesIT {

    /** Two child JVMs at a time: the build machines have two cores. */
    private static final int PARALLEL_GRADES = 2;
    private static final int REPETITIONS = Integer.getInteger("spindle.repeat", 10);

    private static Path exercisesRoot() {
        String configured = System.getProperty("spindle.exercises");
        return (configured == null ? Path.of("../exercises") : Path.of(configured)).toAbsolutePath().normalize();
    }

    private record Check(String name, Callable<List<String>> grade) {}

    private record Checked(String name, List<String> problems, long millis) {}

    @Test
    void everyExerciseGradesItsReferenceStarterAndWrongSolutionsAsDesignedEveryTime() throws Exception {
        ExerciseCatalog catalog = new ExerciseCatalog(exercisesRoot());
        List<Path> folders = catalog.exerciseFolders();
        assumeTrue(!folders.isEmpty(), "exercises/ has no NN-slug folder yet at " + catalog.root());
        List<ExerciseFolder> exercises = catalog.exercises();
        assertThat(exercises).as("exercises loaded from " + catalog.root()).hasSameSizeAs(folders).isNotEmpty();

        // Wrong solutions first: the slow submissions are wrong ones that fail only after a bounded wait in each
        // repetition, and starting them early keeps both workers busy until the end.
        List<Check> checks = new ArrayList<>();
        for (ExerciseFolder exercise : exercises) {
            for (String wrong : exercise.spec().wrong().keySet()) {
                checks.add(new Check(exercise.id() + " wrong/" + wrong, () -> ExerciseChecks.wrong(exercise, wrong, REPETITIONS)));
            }
        }
        for (ExerciseFolder exercise : exercises) {
            checks.add(new Check(exercise.id() + " reference", () -> ExerciseChecks.reference(exercise, REPETITIONS)));
            checks.add(new Check(exercise.id() + " starter", () -> ExerciseChecks.starter(exercise, REPETITIONS)));
        }
        long started = System.nanoTime();
        List<String> problems = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(PARALLEL_GRADES)) {
            List<Future<Checked>> results = new ArrayList<>();
            for (Check check : checks) {
                results.add(pool.submit(() -> timed(check)));
            }
            for (Future<Checked> result : results) {
                Checked checked = result.get();
                System.out.printf(Locale.ROOT, "ExercisesIT: %-55s %6.1f s %s%n", checked.name(), checked.millis() / 1000.0,
                        checked.problems().isEmpty() ? "ok" : checked.problems().size() + " problem(s)");
                problems.addAll(checked.problems());
            }
        }
        System.out.printf(Locale.ROOT, "ExercisesIT: %d exercises, %d submissions graded with --repeat %d, %d at a time, in %.1f s%n",
                exercises.size(), checks.size(), REPETITIONS, PARALLEL_GRADES, (System.nanoTime() - started) / 1e9);
        assertThat(problems).as("exercises whose submissions did not grade as designed").isEmpty();
    }

    private static Checked timed(Check check) throws Exception {
        long start = System.nanoTime();
        List<String> problems = check.grade().call();
        return new Checked(check.name(), problems, (System.nanoTime() - start) / 1_000_000);
    }
}
