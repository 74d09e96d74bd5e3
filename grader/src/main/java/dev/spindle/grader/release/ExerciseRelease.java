package dev.spindle.grader.release;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/** Makes the student copy of exercises/: everything except instructor-only .meta folders and build output. */
public final class ExerciseRelease {

    private ExerciseRelease() {}

    /** @return the number of files copied */
    public static int copy(Path exercises, Path outDir) throws IOException {
        Path source = exercises.toAbsolutePath().normalize();
        Path target = outDir.toAbsolutePath().normalize();
        if (target.startsWith(source)) {
            throw new IllegalArgumentException("The release folder must be outside " + source);
        }
        int[] files = {0};
        Files.walkFileTree(source, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                String name = dir.getFileName().toString();
                if (!dir.equals(source) && (name.equals(".meta") || name.equals("target"))) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                Files.createDirectories(target.resolve(source.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.copy(file, target.resolve(source.relativize(file).toString()), StandardCopyOption.REPLACE_EXISTING);
                files[0]++;
                return FileVisitResult.CONTINUE;
            }
        });
        return files[0];
    }
}
