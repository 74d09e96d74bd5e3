package dev.spindle.grader.gradescope;

import dev.spindle.grader.compile.RuntimeClasspath;
import dev.spindle.grader.exercise.ExerciseFolder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * Builds a Gradescope autograder zip: {@code setup.sh} and {@code run_autograder} at the root, the grader's
 * jars in {@code lib/}, and the exercise (with its hidden tests, without the reference and wrong solutions) in
 * {@code exercises/}. POSIX modes are stored so {@code run_autograder} stays executable.
 */
public final class GradescopePackage {

    /** Classes whose jars the grader needs at run time, beyond the child's runtime. */
    private static final List<String> GRADER_ANCHORS = List.of("org.sqlite.JDBC", "org.postgresql.Driver");
    private static final Set<String> NEVER_SHIPPED = Set.of("reference", "wrong");

    private GradescopePackage() {}

    /** @return the number of files in the archive */
    public static int write(ExerciseFolder exercise, Path zip) throws IOException {
        Files.deleteIfExists(zip);
        if (zip.toAbsolutePath().getParent() != null) {
            Files.createDirectories(zip.toAbsolutePath().getParent());
        }
        URI uri = URI.create("jar:" + zip.toAbsolutePath().toUri());
        int files = 0;
        try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of("create", "true", "enablePosixFileAttributes", "true"))) {
            files += script(fs, "setup.sh", exercise);
            files += script(fs, "run_autograder", exercise);
            Path lib = Files.createDirectories(fs.getPath("/lib"));
            for (Path entry : graderClasspath()) {
                Path target = lib.resolve(Files.isDirectory(entry) ? "spindle-grader.jar" : entry.getFileName().toString());
                if (Files.isDirectory(entry)) {
                    Files.write(target, jarOf(entry));
                } else {
                    Files.copy(entry, target);
                }
                files++;
            }
            Path target = fs.getPath("/exercises", exercise.id());
            try (Stream<Path> all = Files.walk(exercise.root())) {
                for (Path p : all.sorted().toList()) {
                    Path relative = exercise.root().relativize(p);
                    if (shippable(relative)) {
                        Path to = target.resolve(relative.toString());
                        if (Files.isDirectory(p)) {
                            Files.createDirectories(to);
                        } else {
                            Files.createDirectories(to.getParent());
                            Files.copy(p, to);
                            files++;
                        }
                    }
                }
            }
        }
        return files;
    }

    private static boolean shippable(Path relative) {
        if (relative.getNameCount() >= 2 && relative.getName(0).toString().equals(".meta")
                && NEVER_SHIPPED.contains(relative.getName(1).toString())) {
            return false;
        }
        for (Path part : relative) {
            if (part.toString().equals("target")) {
                return false;
            }
        }
        return true;
    }

    private static int script(FileSystem fs, String name, ExerciseFolder exercise) throws IOException {
        try (InputStream in = GradescopePackage.class.getResourceAsStream(name)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("@@EXERCISE_ID@@", exercise.id());
            Path target = fs.getPath("/" + name);
            Files.writeString(target, text);
            Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        return 1;
    }

    public static List<Path> graderClasspath() {
        Set<Path> entries = new LinkedHashSet<>(RuntimeClasspath.entries());
        for (String anchor : GRADER_ANCHORS) {
            try {
                var source = Class.forName(anchor).getProtectionDomain().getCodeSource();
                entries.add(Path.of(source.getLocation().toURI()));
            } catch (ClassNotFoundException | URISyntaxException e) {
                throw new IllegalStateException("the grader's classpath lacks " + anchor, e);
            }
        }
        return List.copyOf(entries);
    }

    private static byte[] jarOf(Path classes) throws IOException {
        var bytes = new java.io.ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes); Stream<Path> all = Files.walk(classes)) {
            for (Path p : all.filter(Files::isRegularFile).sorted().toList()) {
                jar.putNextEntry(new JarEntry(classes.relativize(p).toString().replace('\\', '/')));
                Files.copy(p, (OutputStream) jar);
                jar.closeEntry();
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return bytes.toByteArray();
    }
}
