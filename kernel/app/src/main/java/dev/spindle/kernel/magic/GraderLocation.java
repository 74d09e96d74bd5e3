package dev.spindle.kernel.magic;

import java.io.File;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where the grader's jars and the exercises are: the Spindle checkout named by {@code -Dspindle.home} (which the
 * installed kernelspec sets) or else by {@code SPINDLE_HOME}; the jars are {@code grader/target/spindle-grader-*.jar}
 * and {@code grader/target/lib/*.jar} there.
 */
record GraderLocation(Path home, List<Path> jars) {

    static final String HOME_PROPERTY = "spindle.home";
    static final String HOME_ENV = "SPINDLE_HOME";

    static Optional<GraderLocation> find() {
        String home = System.getProperty(HOME_PROPERTY);
        if (home == null || home.isBlank()) {
            home = System.getenv(HOME_ENV);
        }
        return home == null || home.isBlank() ? Optional.empty() : at(Path.of(home));
    }

    static Optional<GraderLocation> at(Path home) {
        Path target = home.resolve("grader").resolve("target");
        List<Path> jars = new ArrayList<>();
        try {
            jars.addAll(jarsIn(target, "spindle-grader-*.jar"));
            if (jars.isEmpty()) {
                return Optional.empty();
            }
            jars.addAll(jarsIn(target.resolve("lib"), "*.jar"));
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.of(new GraderLocation(home.toAbsolutePath(), jars));
    }

    String classPath() {
        return String.join(File.pathSeparator, jars.stream().map(Path::toString).toList());
    }

    private static List<Path> jarsIn(Path folder, String glob) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, glob)) {
            stream.forEach(found::add);
        }
        found.removeIf(p -> p.getFileName().toString().endsWith("-sources.jar") || p.getFileName().toString().endsWith("-tests.jar"));
        found.sort(null);
        return found;
    }
}
