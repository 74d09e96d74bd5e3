package dev.spindle.grader.cli;

import dev.spindle.grader.batch.AtomicFiles;
import dev.spindle.grader.batch.BatchGrader;
import dev.spindle.grader.batch.BatchResult;
import dev.spindle.grader.batch.ClassCsv;
import dev.spindle.grader.exercise.ExerciseFolder;
import dev.spindle.grader.gradebook.Gradebook;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;

/** {@code batch} and {@code export}: grading a class and reading the gradebook back. */
final class ClassCommands {

    private ClassCommands() {}

    static int batch(ExerciseFolder exercise, CommandLine line, String[] args, PrintStream out, PrintStream err)
            throws IOException {
        Path submissions = Path.of(line.argument(1, "a SUBMISSIONS folder"));
        Path dir = line.path("--out").orElseThrow(() -> new CommandLine.UsageException("batch needs --out DIR"));
        String db = line.option("--db").orElse("jdbc:sqlite:" + dir.toAbsolutePath().resolve("gradebook.sqlite"));
        var options = new BatchGrader.Options(line.number("--jobs", 1), line.regrade(), "grade " + String.join(" ", args),
                GraderMain.sandboxFor(line), System.console() != null && System.console().isTerminal());
        try (Gradebook gradebook = Gradebook.open(db)) {
            BatchResult result = BatchGrader.run(exercise, submissions, dir, gradebook, options, err);
            out.printf(Locale.ROOT, "%s: %d submissions, %d graded, %d unchanged, %d not graded; %.1f graded per minute%n"
                            + "Results in %s (grades.csv, summary.md, summary.html, histogram.svg, <student>/results.json)%n",
                    exercise.id(), result.submissions(), result.graded(), result.unchanged(), result.notGraded(),
                    result.perMinute(), dir);
            return result.notGraded() == 0 ? 0 : 1;
        } catch (SQLException e) {
            throw new IOException("gradebook " + db + ": " + e.getMessage(), e);
        }
    }

    static int export(CommandLine line, PrintStream out) throws IOException {
        String db = line.option("--db").orElseThrow(() -> new CommandLine.UsageException("export needs --db JDBC_URL"));
        Path file = line.path("--out").orElseThrow(() -> new CommandLine.UsageException("export needs --out FILE.csv"));
        Optional<String> exercise = line.arguments().isEmpty() ? Optional.empty() : Optional.of(line.arguments().getFirst());
        try (Gradebook gradebook = Gradebook.open(db)) {
            var rows = gradebook.latestGrades(exercise);
            AtomicFiles.write(file, ClassCsv.render(rows));
            out.println("Wrote " + rows.size() + " grade(s) to " + file);
            return 0;
        } catch (SQLException e) {
            throw new IOException("gradebook " + db + ": " + e.getMessage(), e);
        }
    }
}
