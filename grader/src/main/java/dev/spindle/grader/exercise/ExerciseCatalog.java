package dev.spindle.grader.exercise;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The exercises/ folder: every {@code NN-slug} sub-folder is an exercise. */
public record ExerciseCatalog(Path root) {

    private static final Pattern EXERCISE_FOLDER = Pattern.compile("\\d{2,}-[a-z0-9][a-z0-9-]*");

    public static boolean isExerciseFolderName(String name) {
        return EXERCISE_FOLDER.matcher(name).matches();
    }

    /** Folder names that look like exercises, whether or not they are complete yet. */
    public List<Path> exerciseFolders() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(Files::isDirectory)
                    .filter(p -> isExerciseFolderName(p.getFileName().toString()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<ExerciseFolder> exercises() {
        return exerciseFolders().stream().map(ExerciseFolder::load).toList();
    }

    /** Finds by full id ({@code 03-ticket-office}) or by slug alone ({@code ticket-office}). */
    public Optional<ExerciseFolder> find(String idOrSlug) {
        return exerciseFolders().stream()
                .filter(p -> {
                    String name = p.getFileName().toString();
                    return name.equals(idOrSlug) || name.substring(name.indexOf('-') + 1).equals(idOrSlug);
                })
                .findFirst()
                .map(ExerciseFolder::load);
    }
}
