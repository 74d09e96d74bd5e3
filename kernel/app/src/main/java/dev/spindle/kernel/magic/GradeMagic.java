package dev.spindle.kernel.magic;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.spindle.kernel.spi.CellOutput;
import dev.spindle.kernel.spi.ExecuteOutcome;
import dev.spindle.kernel.spi.MimeBundle;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code %grade ID}: grades the solution cells of this session with the grader, run as a child process (never in
 * the engine: student code must not be graded in the JVM it could have tampered with).
 */
final class GradeMagic implements Magic {

    private static final Pattern EXERCISE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    @Override
    public MagicKind kind() {
        return MagicKind.LINE;
    }

    @Override
    public String name() {
        return "grade";
    }

    @Override
    public String usage() {
        return "%grade EXERCISE_ID";
    }

    @Override
    public String summary() {
        return "Grades the cells marked // spindle:solution File.java that ran in this session, hidden tests included.";
    }

    @Override
    public String details() {
        return """
                Only cells that ran count, in the order they first ran; a cell run again after an edit replaces
                its earlier version (same file, same first declaration line). Run your solution cells before %grade.
                The grader is found through -Dspindle.home (set by ./spindle install) or SPINDLE_HOME.""";
    }

    @Override
    public ExecuteOutcome run(MagicCall call, MagicContext context) {
        String id = call.args().strip();
        if (!EXERCISE_ID.matcher(id).matches()) {
            return Outcomes.usage(this, id.isEmpty() ? "which exercise?" : "'" + id + "' is not an exercise id");
        }
        Optional<GraderLocation> grader = GraderLocation.find();
        if (grader.isEmpty()) {
            return Outcomes.failure("GraderNotFound", "cannot find the grader: set SPINDLE_HOME to the Spindle folder"
                    + " (with grader/target built) or reinstall the kernel with ./spindle install");
        }
        List<String> cells = SolutionCells.latest(context.history().cells());
        if (cells.isEmpty()) {
            return Outcomes.failure("NoSolutionCells", "no cell marked // spindle:solution File.java has run in this"
                    + " session: run your solution cells, then %grade " + id);
        }
        Path folder = null;
        try {
            folder = Files.createTempDirectory("spindle-grade-");
            Path notebook = folder.resolve("submission.ipynb");
            Files.writeString(notebook, notebookJson(cells));
            return grade(grader.get(), id, notebook, context);
        } catch (IOException e) {
            return Outcomes.failure("GraderError", "cannot run the grader: " + e.getMessage());
        } finally {
            TempFolders.deleteQuietly(folder);
        }
    }

    private ExecuteOutcome grade(GraderLocation grader, String id, Path notebook, MagicContext context) throws IOException {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", grader.classPath(), "dev.spindle.grader.cli.GraderMain",
                "run", id, notebook.toString(), "--hidden", "--format=html");
        ProcessBuilder builder = new ProcessBuilder(command).directory(grader.home().toFile());
        builder.environment().put(GraderLocation.HOME_ENV, grader.home().toString());
        context.print("Grading the solution cells of this session with the grader in " + grader.home() + " ...\n");
        Optional<Process> started = context.children().start(builder, context.options().interrupts());
        if (started.isEmpty()) {
            return Outcomes.failure("Interrupted", "grading was interrupted before it started");
        }
        Process process = started.get();
        try {
            process.getOutputStream().close();
            ByteArrayOutputStream html = new ByteArrayOutputStream();
            Thread out = Thread.ofPlatform().daemon().start(() -> copy(process.getInputStream(), html));
            ByteArrayOutputStream errors = new ByteArrayOutputStream();
            Thread err = Thread.ofPlatform().daemon().start(() -> copy(process.getErrorStream(), errors));
            int status = process.waitFor();
            out.join();
            err.join();
            if (context.children().wasKilled(process)) {
                return Outcomes.failure("Interrupted", "grading was interrupted");
            }
            String errorText = errors.toString(StandardCharsets.UTF_8);
            if (status != 0) {
                return Outcomes.failure("GraderError", "the grader ended with status " + status + ": " + errorText.strip());
            }
            if (!errorText.isBlank()) {
                context.output().stream(CellOutput.StreamName.STDERR, errorText);
            }
            String report = html.toString(StandardCharsets.UTF_8);
            return Outcomes.value(new MimeBundle(Map.of("text/html", report,
                    "text/plain", "Grade report for " + id + " (HTML)"), Map.of()));
        } catch (InterruptedException e) {
            ChildProcesses.kill(process);
            Thread.currentThread().interrupt();
            return Outcomes.failure("Interrupted", "grading was interrupted");
        } finally {
            context.children().ended(process);
        }
    }

    static String notebookJson(List<String> cells) throws IOException {
        List<Map<String, Object>> nbCells = new ArrayList<>();
        for (String code : cells) {
            Map<String, Object> cell = new LinkedHashMap<>();
            cell.put("cell_type", "code");
            cell.put("execution_count", null);
            cell.put("metadata", Map.of());
            cell.put("outputs", List.of());
            cell.put("source", code);
            nbCells.add(cell);
        }
        Map<String, Object> notebook = new LinkedHashMap<>();
        notebook.put("cells", nbCells);
        notebook.put("metadata", Map.of("language_info", Map.of("name", "java")));
        notebook.put("nbformat", 4);
        notebook.put("nbformat_minor", 5);
        return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(notebook);
    }

    private static void copy(InputStream in, ByteArrayOutputStream sink) {
        try (in) {
            in.transferTo(sink);
        } catch (IOException e) {
            // the process was killed
        }
    }
}
