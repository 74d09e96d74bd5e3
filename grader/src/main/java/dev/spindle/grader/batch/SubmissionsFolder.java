package dev.spindle.grader.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Lists a batch folder: every subfolder, {@code .java} file or {@code .ipynb} is one student's submission. */
public final class SubmissionsFolder {

    private SubmissionsFolder() {}

    public static List<BatchEntry> list(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("No submissions folder " + folder);
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> Files.isDirectory(p) || p.toString().endsWith(".java") || p.toString().endsWith(".ipynb"))
                    .sorted()
                    .map(p -> new BatchEntry(studentId(p), p))
                    .toList();
        }
    }

    static String studentId(Path entry) {
        String name = entry.getFileName().toString();
        if (Files.isDirectory(entry)) {
            return name;
        }
        return name.substring(0, name.lastIndexOf('.'));
    }
}
