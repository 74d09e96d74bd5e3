package dev.spindle.grader.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.spindle.grader.gradebook.Gradebook;
import dev.spindle.grader.gradescope.GradescopePackage;
import dev.spindle.grader.sandbox.ProcessTable;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acceptance: 150 generated submissions (correct, wrong, hostile) over three exercises, graded with --jobs 2
 * into one SQLite gradebook, one batch per exercise (as {@code batch ID} takes). The class is killed with SIGKILL
 * half-way, when the middle exercise's batch has 25 of its 50 results (75 of 150), and that batch is re-run: every
 * submission ends up graded exactly once, with nothing left running.
 */
class BatchGradingIT {

    private static final int PER_EXERCISE = 50;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KILLED = ClassFixtures.EXERCISES.get(1);

    @TempDir
    Path temp;

    @Test
    void gradesAClassResumesAfterSigkillAndGradesEachSubmissionOnce() throws Exception {
        Path exercises = ClassFixtures.exercises(temp.resolve("exercises"));
        String db = "jdbc:sqlite:" + temp.resolve("gradebook.sqlite");
        List<String> report = new ArrayList<>();
        long gradedTotal = 0;
        long millisTotal = 0;
        for (String id : ClassFixtures.EXERCISES) {
            Path submissions = temp.resolve("submissions-" + id);
            Map<String, String> kinds = ClassFixtures.submissions(submissions, exercises.resolve(id), PER_EXERCISE);
            Path out = temp.resolve("out-" + id);
            List<String> args = List.of("batch", id, submissions.toString(), "--out", out.toString(), "--jobs", "2",
                    "--db", db, "--exercises", exercises.toString());
            if (id.equals(KILLED)) {
                Process killed = grader(args, temp.resolve("killed.log"));
                awaitResults(out, PER_EXERCISE / 2, killed);
                killed.toHandle().destroyForcibly(); // SIGKILL
                killed.waitFor(30, TimeUnit.SECONDS);
                long killedPid = killed.pid();
                assertThat(ProcessTable.awaitNone(e -> ProcessTable.sandboxUidOf(killedPid, e), 10_000))
                        .as("sandboxes of the killed grader").isEmpty();
                long done = countResults(out);
                report.add(id + ": killed after " + done + " of its results, "
                        + (ClassFixtures.EXERCISES.indexOf(id) * PER_EXERCISE + done) + " of the class");
            }
            long start = System.nanoTime();
            Process second = grader(args, temp.resolve("run-" + id + ".log"));
            assertThat(second.waitFor(20, TimeUnit.MINUTES)).isTrue();
            long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
            String log = Files.readString(temp.resolve("run-" + id + ".log"));
            assertThat(second.exitValue()).as(log).isZero();
            report.add(id + ": " + log.lines().filter(l -> l.contains("graded per minute")).findFirst().orElse(log));

            assertThat(countResults(out)).isEqualTo(PER_EXERCISE);
            for (var e : kinds.entrySet()) {
                Path dir = out.resolve(e.getKey());
                JsonNode results = JSON.readTree(dir.resolve("results.json").toFile());
                double score = results.get("score").asDouble();
                if (e.getValue().equals("correct")) {
                    assertThat(score).as(e.getKey()).isEqualTo(10);
                } else if (e.getValue().equals("wrong")) {
                    assertThat(score).as(e.getKey()).isLessThan(10);
                } else {
                    double allowed = Double.parseDouble(e.getValue().substring("hostile:".length()));
                    assertThat(score).as(e.getKey() + " " + e.getValue()).isLessThanOrEqualTo(allowed);
                }
                assertThat(results.get("output").asText()).contains("Sandbox: ");
                assertThat(dir.resolve("feedback.txt")).exists();
            }
            String csv = Files.readString(out.resolve("grades.csv"));
            assertThat(csv.lines().count()).isEqualTo(PER_EXERCISE + 1);
            assertThat(out.resolve("summary.md")).content().contains("histogram.svg");
            assertThat(out.resolve("histogram.svg")).content().startsWith("<svg");
            assertThat(out.resolve("summary.html")).content().contains("<svg");
            if (!id.equals(KILLED)) {
                gradedTotal += PER_EXERCISE;
                millisTotal += millis;
            }
        }
        try (Gradebook gradebook = Gradebook.open(db)) {
            List<Long> counts = gradebook.gradeCountsPerSubmission();
            assertThat(counts).hasSize(3 * PER_EXERCISE).containsOnly(1L);
            assertThat(gradebook.latestGrades(Optional.empty())).hasSize(3 * PER_EXERCISE);
        }
        // a third run of the killed batch, with nothing new, grades nothing
        Path out = temp.resolve("out-rerun");
        Process again = grader(List.of("batch", KILLED, temp.resolve("submissions-" + KILLED).toString(),
                "--out", out.toString(), "--jobs", "2", "--db", db, "--exercises", exercises.toString()), temp.resolve("rerun.log"));
        assertThat(again.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(Files.readString(temp.resolve("rerun.log"))).contains("0 graded, " + PER_EXERCISE + " unchanged");
        long rerunPid = again.pid();
        assertThat(ProcessTable.awaitNone(e -> ProcessTable.sandboxUidOf(rerunPid, e), 10_000)).isEmpty();
        report.add(String.format(Locale.ROOT, "uninterrupted batches: %d submissions in %.1f s = %.1f per minute with --jobs 2",
                gradedTotal, millisTotal / 1000.0, gradedTotal * 60_000.0 / millisTotal));
        System.out.println("BatchGradingIT:\n  " + String.join("\n  ", report));
    }

    private static Process grader(List<String> args, Path log) throws Exception {
        String classpath = GradescopePackage.graderClasspath().stream().map(Path::toString)
                .collect(Collectors.joining(File.pathSeparator));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classpath, "dev.spindle.grader.cli.GraderMain"));
        command.addAll(args);
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static void awaitResults(Path out, int count, Process process) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(15);
        while (countResults(out) < count && process.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(process.isAlive()).as("the batch must still be running when it is killed").isTrue();
    }

    private static long countResults(Path out) {
        if (!Files.isDirectory(out)) {
            return 0;
        }
        try (Stream<Path> dirs = Files.list(out)) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("results.json"))).count();
        } catch (Exception e) {
            return 0;
        }
    }
}
