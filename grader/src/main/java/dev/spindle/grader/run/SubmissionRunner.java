package dev.spindle.grader.run;

import dev.spindle.grader.compile.CompileResult;
import dev.spindle.grader.compile.CompiledSubmission;
import dev.spindle.grader.compile.SubmissionCompiler;
import dev.spindle.grader.exercise.ExerciseFolder;
import dev.spindle.grader.exercise.ExerciseSpec;
import dev.spindle.grader.exercise.Limits;
import dev.spindle.grader.exercise.TestKey;
import dev.spindle.grader.report.GradeReport;
import dev.spindle.grader.report.RepeatCount;
import dev.spindle.grader.report.Scorer;
import dev.spindle.grader.sandbox.Sandbox;
import dev.spindle.grader.sandbox.SandboxProfile;
import dev.spindle.grader.sandbox.SandboxSummary;
import dev.spindle.grader.submission.SubmissionRead;
import dev.spindle.grader.submission.SubmissionReader;
import dev.spindle.grader.verdict.TestOutcome;
import dev.spindle.grader.verdict.Verdict;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Grades one submission: read it, compile it, run its tests in a child JVM, score the verdicts. With
 * {@code repetitions} above 1 the child executes the tests that many times and a test earns its points only
 * if it passed every time; the wall-clock limit is multiplied by the repetitions ({@link Limits#forRepetitions}).
 */
public final class SubmissionRunner {

    private SubmissionRunner() {}

    /** Grades in the strongest sandbox this host supports (probed once per process). */
    public static GradeReport grade(ExerciseFolder exercise, Path submission, boolean withHidden) {
        return grade(exercise, submission, withHidden, Sandbox.profile());
    }

    public static GradeReport grade(ExerciseFolder exercise, Path submission, boolean withHidden, SandboxProfile sandbox) {
        return grade(exercise, submission, withHidden, sandbox, 1);
    }

    /** Executes the tests {@code repetitions} times in one child JVM; the worst verdict of each test counts. */
    public static GradeReport grade(ExerciseFolder exercise, Path submission, boolean withHidden, int repetitions) {
        return grade(exercise, submission, withHidden, Sandbox.profile(), repetitions);
    }

    public static GradeReport grade(ExerciseFolder exercise, Path submission, boolean withHidden, SandboxProfile sandbox,
                                    int repetitions) {
        if (repetitions < 1) {
            throw new IllegalArgumentException("repetitions must be at least 1, not " + repetitions);
        }
        long started = System.nanoTime();
        return grade(exercise, submission.toString(), SubmissionReader.read(submission, exercise.spec()), withHidden,
                sandbox, repetitions, started);
    }

    private static GradeReport grade(ExerciseFolder exercise, String origin, SubmissionRead read, boolean withHidden,
                                     SandboxProfile sandbox, int repetitions, long started) {
        RepeatCount notRepeated = new RepeatCount(repetitions, 0);
        SandboxSummary notRun = sandbox.summary();
        ExerciseSpec spec = exercise.spec();
        Set<String> visible = simpleNames(exercise.testClassNames(exercise.visibleTestFiles()));
        Set<String> hidden = withHidden ? simpleNames(exercise.testClassNames(exercise.hiddenTestFiles())) : Set.of();
        List<String> expected = expectedKeys(spec, visible, hidden);

        if (read instanceof SubmissionRead.Rejected rejected) {
            var outcomes = uniform(expected, k -> new Verdict.NotRun("Nothing was run: the submission was rejected."));
            return report(exercise, origin, withHidden, outcomes, visible, hidden, List.of(),
                    "Submission rejected:\n" + rejected.reason(), notRun, notRepeated, started);
        }
        var submission = ((SubmissionRead.Accepted) read).submission();
        Path workDir = createWorkDir();
        try {
            CompileResult compiled = SubmissionCompiler.compile(exercise, submission, withHidden, workDir);
            if (compiled instanceof CompileResult.NotCompiled failed) {
                var outcomes = uniform(expected, k -> new Verdict.DidNotCompile(failed.failure().describe()));
                return report(exercise, origin, withHidden, outcomes, visible, hidden, submission.warnings(),
                        failed.failure().describe(), notRun, notRepeated, started);
            }
            CompiledSubmission classes = ((CompileResult.Compiled) compiled).submission();
            List<String> testClasses = new ArrayList<>(classes.visibleTestClasses());
            if (classes.hiddenFailure().isEmpty()) {
                testClasses.addAll(classes.hiddenTestClasses());
            }
            Limits limits = spec.limits().forRepetitions(repetitions);
            ChildRun run = ChildLauncher.run(new ChildRequest(classes.classFolders(), classes.hiddenClassFolder(),
                    testClasses, spec.packageName(), limits, workDir, sandbox, repetitions));
            Map<String, TestOutcome> outcomes = new LinkedHashMap<>(OutcomeResolver.resolve(run, expected, limits));
            String problem = "";
            if (classes.hiddenFailure().isPresent()) {
                problem = classes.hiddenFailure().get().describe();
                for (String key : expected) {
                    if (hidden.contains(TestKey.classOf(key))) {
                        outcomes.put(key, new TestOutcome(key, new Verdict.DidNotCompile(problem), ""));
                    }
                }
            }
            List<String> notes = new ArrayList<>(submission.warnings());
            if (run.leftoverProcesses() > 0) {
                notes.add(run.leftoverProcesses() + " process(es) started by the submission could not be stopped.");
            }
            return report(exercise, origin, withHidden, outcomes, visible, hidden, notes, problem, run.sandbox(),
                    new RepeatCount(repetitions, OutcomeResolver.repetitionsRun(run)), started);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(workDir);
        }
    }

    private static GradeReport report(ExerciseFolder exercise, String origin, boolean withHidden,
                                      Map<String, TestOutcome> outcomes, Set<String> visible, Set<String> hidden,
                                      List<String> notes, String problem, SandboxSummary sandbox, RepeatCount repeats,
                                      long started) {
        var rows = Scorer.score(exercise.spec(), outcomes, visible, hidden);
        return new GradeReport(exercise.id(), exercise.spec().title(), origin, withHidden, rows, notes, problem,
                exercise.spec().hiddenVisibility(), Duration.ofNanos(System.nanoTime() - started), sandbox, repeats);
    }

    private static List<String> expectedKeys(ExerciseSpec spec, Set<String> visible, Set<String> hidden) {
        Set<String> keys = new LinkedHashSet<>();
        spec.points().keySet().stream()
                .filter(k -> visible.contains(TestKey.classOf(k)) || hidden.contains(TestKey.classOf(k)))
                .forEach(keys::add);
        return List.copyOf(keys);
    }

    private static Map<String, TestOutcome> uniform(List<String> keys, Function<String, Verdict> verdict) {
        Map<String, TestOutcome> outcomes = new LinkedHashMap<>();
        keys.forEach(k -> outcomes.put(k, new TestOutcome(k, verdict.apply(k), "")));
        return outcomes;
    }

    private static Set<String> simpleNames(List<String> classNames) {
        Set<String> names = new LinkedHashSet<>();
        classNames.forEach(c -> names.add(TestKey.simpleName(c)));
        return names;
    }

    private static Path createWorkDir() {
        try {
            return Files.createTempDirectory("spindle-grade-",
                    java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                            java.nio.file.attribute.PosixFilePermissions.fromString("rwx------")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temp folder left behind is not worth failing a grade for
        }
    }
}
