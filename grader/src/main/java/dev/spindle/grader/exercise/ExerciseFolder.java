package dev.spindle.grader.exercise;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** One exercise on disk ({@code exercises/NN-slug}) and the paths of its parts. */
public record ExerciseFolder(Path root, ExerciseSpec spec) {

    private static final ObjectMapper JSON =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public static ExerciseFolder load(Path root) {
        Path json = root.resolve(".meta/exercise.json");
        if (!Files.isRegularFile(json)) {
            throw new ExerciseDefinitionException(root.getFileName() + ": missing .meta/exercise.json");
        }
        ExerciseSpec spec;
        try {
            spec = JSON.readValue(json.toFile(), ExerciseSpec.class);
        } catch (IOException e) {
            throw new ExerciseDefinitionException(json + ": " + e.getMessage(), e);
        }
        if (spec.packageName() == null || spec.packageName().isBlank()) {
            throw new ExerciseDefinitionException(json + ": \"package\" is required");
        }
        if (spec.submission().isEmpty()) {
            throw new ExerciseDefinitionException(json + ": \"submission\" must name at least one file");
        }
        return new ExerciseFolder(root, spec);
    }

    public String id() {
        return root.getFileName().toString();
    }

    public Path starterSources() {
        return root.resolve("src/main/java").resolve(spec.packagePath());
    }

    public Path visibleTestSources() {
        return root.resolve("src/test/java").resolve(spec.packagePath());
    }

    public Path hiddenTestSources() {
        return root.resolve(".meta/hidden").resolve(spec.packagePath());
    }

    public Path reference() {
        return root.resolve(".meta/reference");
    }

    public Path wrongSolution(String name) {
        return root.resolve(".meta/wrong").resolve(name);
    }

    public List<Path> starterFiles() {
        return javaFiles(starterSources());
    }

    public List<Path> visibleTestFiles() {
        return javaFiles(visibleTestSources());
    }

    public List<Path> hiddenTestFiles() {
        return javaFiles(hiddenTestSources());
    }

    /** Fully qualified names of the test classes in these files. */
    public List<String> testClassNames(List<Path> testFiles) {
        return testFiles.stream()
                .map(p -> p.getFileName().toString().replaceFirst("\\.java$", ""))
                .map(simple -> spec.packageName() + "." + simple)
                .toList();
    }

    private static List<Path> javaFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
