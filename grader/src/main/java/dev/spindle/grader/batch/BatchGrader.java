package dev.spindle.grader.batch;

import dev.spindle.grader.exercise.ExerciseFolder;
import dev.spindle.grader.gradebook.Gradebook;
import dev.spindle.grader.report.GradeReport;
import dev.spindle.grader.report.GradescopeJson;
import dev.spindle.grader.report.TerminalReport;
import dev.spindle.grader.run.SubmissionRunner;
import dev.spindle.grader.sandbox.SandboxProfile;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Grades a folder of submissions with N sandboxes at once. Each finished grade is written atomically
 * (results.json, feedback.txt) and then committed to the gradebook in one transaction, so a batch stopped at
 * any moment loses no finished grade, and a re-run skips every submission whose content hash is already graded.
 */
public final class BatchGrader {

    /** @param command the command line, for the gradebook's run record */
    public record Options(int jobs, boolean regrade, String command, SandboxProfile sandbox, boolean terminal) {}

    private BatchGrader() {}

    public static BatchResult run(ExerciseFolder exercise, Path submissions, Path out, Gradebook gradebook,
                                  Options options, PrintStream err) throws IOException, SQLException {
        List<BatchEntry> entries = SubmissionsFolder.list(submissions);
        Files.createDirectories(out);
        long runId = gradebook.startRun(now(), GraderVersion.current(), options.command(), options.jobs(),
                options.sandbox().summary().describe(), hostName());
        ProgressBar progress = new ProgressBar(err, options.terminal(), entries.size());
        AtomicInteger graded = new AtomicInteger();
        AtomicInteger unchanged = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        long started = System.nanoTime();
        // platform threads that live as long as the batch: a sandbox's parent-death signal follows its thread
        ExecutorService pool = Executors.newFixedThreadPool(options.jobs(), Thread.ofPlatform().name("spindle-batch-", 1).factory());
        try {
            List<Future<?>> work = new ArrayList<>();
            for (BatchEntry entry : entries) {
                work.add(pool.submit(() -> {
                    try {
                        String hash = ContentHash.of(entry.path());
                        if (!options.regrade() && gradebook.graded(entry.student(), exercise.id(), hash)) {
                            unchanged.incrementAndGet();
                            progress.skipped(entry.student());
                            return null;
                        }
                        GradeReport report = gradeOne(exercise, entry);
                        String json = GradescopeJson.toJson(report);
                        Path dir = out.resolve(safeName(entry.student()));
                        AtomicFiles.write(dir.resolve("results.json"), json + "\n");
                        AtomicFiles.write(dir.resolve("feedback.txt"), TerminalReport.render(report, false));
                        gradebook.record(runId, entry.student(), hash, entry.path().toString(), report, now(),
                                GraderVersion.current(), verdictSummary(report), json);
                        graded.incrementAndGet();
                        progress.graded(entry.student(), ClassCsv.number(report.score()) + " / " + ClassCsv.number(report.maxScore()));
                    } catch (IOException | SQLException | RuntimeException e) {
                        failed.incrementAndGet();
                        progress.failed(entry.student(), String.valueOf(e.getMessage()));
                    }
                    return null;
                }));
            }
            for (Future<?> f : work) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    throw new IllegalStateException(e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        } finally {
            pool.shutdownNow();
        }
        progress.finish();
        BatchResult result = new BatchResult(entries.size(), graded.get(), unchanged.get(), failed.get(),
                Duration.ofNanos(System.nanoTime() - started));
        var rows = gradebook.latestGrades(Optional.of(exercise.id()));
        AtomicFiles.write(out.resolve("grades.csv"), ClassCsv.render(rows));
        BatchSummary.write(out, exercise, rows, result, options.sandbox().summary().describe());
        return result;
    }

    /** A lone .java file named after the student is that student's copy of the (single) submission file. */
    private static GradeReport gradeOne(ExerciseFolder exercise, BatchEntry entry) throws IOException {
        Path path = entry.path();
        List<String> files = exercise.spec().submission();
        if (Files.isRegularFile(path) && path.toString().endsWith(".java")
                && !files.contains(path.getFileName().toString()) && files.size() == 1) {
            Path temp = Files.createTempDirectory("spindle-batch-");
            try {
                Path renamed = Files.copy(path, temp.resolve(files.getFirst()));
                GradeReport report = SubmissionRunner.grade(exercise, renamed, true);
                return withOrigin(report, path.toString());
            } finally {
                Files.deleteIfExists(temp.resolve(files.getFirst()));
                Files.deleteIfExists(temp);
            }
        }
        return SubmissionRunner.grade(exercise, path, true);
    }

    private static GradeReport withOrigin(GradeReport r, String origin) {
        return new GradeReport(r.exerciseId(), r.title(), origin, r.hiddenIncluded(), r.tests(), r.notes(), r.problem(),
                r.hiddenVisibility(), r.elapsed(), r.sandbox(), r.repeats());
    }

    /** "passed 4, failed 1, crashed 1": verdict labels counted in report order. */
    public static String verdictSummary(GradeReport report) {
        Map<String, Long> counts = report.tests().stream()
                .collect(Collectors.groupingBy(t -> t.verdict().label(), TreeMap::new, Collectors.counting()));
        return counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }

    static String safeName(String student) {
        return student.replaceAll("[^A-Za-z0-9._@-]", "_");
    }

    private static String now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
