package dev.spindle.grader.compile;

import dev.spindle.grader.exercise.ExerciseFolder;
import dev.spindle.grader.submission.LineOrigins;
import dev.spindle.grader.submission.Submission;
import dev.spindle.grader.submission.SubmittedFile;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles, in the grader's own JVM, the student's files (plus starter files they did not submit), then the
 * visible tests, then the hidden tests. The student's code is compiled without JUnit on its classpath.
 */
public final class SubmissionCompiler {

    private static final JavaCompiler JAVAC = ToolProvider.getSystemJavaCompiler();

    private SubmissionCompiler() {}

    public static CompileResult compile(ExerciseFolder exercise, Submission submission, boolean withHidden,
                                        Path workDir) {
        if (JAVAC == null) {
            throw new IllegalStateException("The grader must run on a JDK (javax.tools has no compiler here).");
        }
        Path mainClasses = workDir.resolve("classes/main");
        Path testClasses = workDir.resolve("classes/test");
        Path hiddenClasses = workDir.resolve("classes/hidden");

        Map<String, LineOrigins> origins = new HashMap<>();
        List<JavaFileObject> mainSources = new ArrayList<>();
        for (SubmittedFile file : submission.files()) {
            mainSources.add(new InMemorySource(exercise.spec().packagePath() + "/" + file.fileName(), file.source()));
            origins.put(file.fileName(), file.origins());
        }
        List<String> submitted = submission.files().stream().map(SubmittedFile::fileName).toList();
        List<Path> starterRest = exercise.starterFiles().stream()
                .filter(p -> !submitted.contains(p.getFileName().toString())).toList();

        var main = run(mainSources, starterRest, mainClasses.toString(), mainClasses, origins, "starter ");
        if (!main.isEmpty()) {
            return new CompileResult.NotCompiled(new CompileFailure("Your code does not compile.", main));
        }
        List<Path> visibleTests = exercise.visibleTestFiles();
        var tests = run(List.of(), visibleTests, RuntimeClasspath.joined(List.of(mainClasses)), testClasses, Map.of(), "");
        if (!tests.isEmpty()) {
            return new CompileResult.NotCompiled(new CompileFailure(
                    "Your code compiles, but the tests do not compile against it. Did you rename or remove "
                            + "something the tests use, or change a method's signature?", tests));
        }
        List<Path> folders = new ArrayList<>(List.of(mainClasses, testClasses));
        Optional<Path> hiddenFolder = Optional.empty();
        List<String> hiddenNames = List.of();
        Optional<CompileFailure> hiddenFailure = Optional.empty();
        if (withHidden && !exercise.hiddenTestFiles().isEmpty()) {
            var hidden = run(List.of(), exercise.hiddenTestFiles(),
                    RuntimeClasspath.joined(List.of(mainClasses, testClasses)), hiddenClasses,
                    Map.of(), null);
            hiddenNames = exercise.testClassNames(exercise.hiddenTestFiles());
            if (hidden.isEmpty()) {
                hiddenFolder = Optional.of(hiddenClasses);
            } else {
                hiddenFailure = Optional.of(new CompileFailure(
                        "The hidden tests do not compile against your code. Check that every public method the "
                                + "README describes exists with the described signature.", hidden));
            }
        }
        return new CompileResult.Compiled(new CompiledSubmission(folders, hiddenFolder,
                exercise.testClassNames(visibleTests), hiddenNames, hiddenFailure));
    }

    /**
     * @param diskLabel prefix for problems in files read from disk; {@code null} hides their location
     *                  (hidden tests must not leak their source lines)
     */
    private static List<CompileProblem> run(List<JavaFileObject> memory, List<Path> disk, String classpath,
                                            Path output, Map<String, LineOrigins> origins, String diskLabel) {
        try {
            Files.createDirectories(output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var diagnostics = new DiagnosticCollector<JavaFileObject>();
        try (StandardJavaFileManager files = JAVAC.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            List<JavaFileObject> units = new ArrayList<>(memory);
            files.getJavaFileObjectsFromPaths(disk).forEach(units::add);
            List<String> options = List.of(
                    "-d", output.toString(),
                    "-classpath", classpath,
                    "-encoding", "UTF-8",
                    "-g", "-proc:none", "-Xlint:none", "-nowarn", "-implicit:none");
            var out = new StringWriter();
            boolean ok = JAVAC.getTask(out, files, diagnostics, options, null, units).call();
            List<CompileProblem> problems = new ArrayList<>();
            for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                if (d.getKind() == Diagnostic.Kind.ERROR) {
                    problems.add(locate(d, origins, diskLabel));
                }
            }
            if (!ok && problems.isEmpty()) {
                problems.add(new CompileProblem("", out.toString().strip()));
            }
            return problems;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CompileProblem locate(Diagnostic<? extends JavaFileObject> d, Map<String, LineOrigins> origins,
                                         String diskLabel) {
        String message = d.getMessage(Locale.ROOT);
        if (d.getSource() == null) {
            return new CompileProblem("", message);
        }
        String fileName = Path.of(d.getSource().toUri().getPath()).getFileName().toString();
        LineOrigins origin = d.getSource() instanceof InMemorySource ? origins.get(fileName) : null;
        if (origin != null) {
            return new CompileProblem(origin.describe(d.getLineNumber()), message);
        }
        if (diskLabel == null) {
            return new CompileProblem("", message);
        }
        return new CompileProblem(diskLabel + fileName + ":" + d.getLineNumber(), message);
    }

    private static final class InMemorySource extends SimpleJavaFileObject {
        private final String source;

        InMemorySource(String path, String source) {
            super(URI.create("string:///" + path), Kind.SOURCE);
            this.source = source;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return source;
        }
    }
}
