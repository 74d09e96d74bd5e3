package dev.spindle.grader.submission;

import dev.spindle.grader.exercise.ExerciseSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a submission from a .java file, a folder or a marked notebook. */
public final class SubmissionReader {

    private SubmissionReader() {}

    public static SubmissionRead read(Path path, ExerciseSpec spec) {
        if (!Files.exists(path)) {
            return new SubmissionRead.Rejected("Nothing to grade: " + path + " does not exist.");
        }
        String name = path.getFileName().toString();
        try {
            if (Files.isDirectory(path)) {
                return fromFolder(path, spec);
            }
            if (name.endsWith(".ipynb")) {
                return NotebookSubmission.read(path, spec);
            }
            if (name.endsWith(".java")) {
                return fromJavaFile(path, spec);
            }
        } catch (IOException e) {
            return new SubmissionRead.Rejected("Could not read " + path + ": " + e.getMessage());
        }
        return new SubmissionRead.Rejected(path + " is neither a .java file, a folder nor a notebook (.ipynb).");
    }

    private static SubmissionRead fromJavaFile(Path file, ExerciseSpec spec) throws IOException {
        String name = file.getFileName().toString();
        if (!spec.submission().contains(name)) {
            return new SubmissionRead.Rejected(name + " is not part of this exercise's submission; expected "
                    + String.join(", ", spec.submission()) + ".");
        }
        List<String> warnings = new ArrayList<>();
        if (spec.submission().size() > 1) {
            warnings.add("Only " + name + " was submitted; the other files ("
                    + String.join(", ", spec.submission().stream().filter(n -> !n.equals(name)).toList())
                    + ") are the starter versions.");
        }
        return accept(file.toString(), Map.of(name, file), spec, warnings);
    }

    private static SubmissionRead fromFolder(Path folder, ExerciseSpec spec) throws IOException {
        Map<String, List<Path>> found = new LinkedHashMap<>();
        spec.submission().forEach(n -> found.put(n, new ArrayList<>()));
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                String dirName = dir.getFileName() == null ? "" : dir.getFileName().toString();
                boolean skipped = !dir.equals(folder) && (dirName.startsWith(".") || dirName.equals("target"));
                return skipped ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                List<Path> matches = found.get(file.getFileName().toString());
                if (matches != null) {
                    matches.add(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        Map<String, Path> chosen = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (var entry : found.entrySet()) {
            List<Path> matches = entry.getValue();
            if (matches.size() > 1) {
                String inPackage = spec.packagePath() + "/" + entry.getKey();
                matches = matches.stream().filter(p -> p.toString().replace('\\', '/').endsWith(inPackage)).toList();
            }
            if (entry.getValue().isEmpty()) {
                problems.add(entry.getKey() + " was not found anywhere under " + folder + ".");
            } else if (matches.size() != 1) {
                problems.add(entry.getKey() + " was found more than once under " + folder + ": "
                        + entry.getValue() + ". Keep one copy.");
            } else {
                chosen.put(entry.getKey(), matches.getFirst());
            }
        }
        if (!problems.isEmpty()) {
            return new SubmissionRead.Rejected(String.join("\n", problems));
        }
        return accept(folder.toString(), chosen, spec, List.of());
    }

    private static SubmissionRead accept(String origin, Map<String, Path> files, ExerciseSpec spec,
                                         List<String> warnings) throws IOException {
        List<SubmittedFile> sources = new ArrayList<>();
        for (var entry : files.entrySet()) {
            String raw = Files.readString(entry.getValue(), StandardCharsets.UTF_8);
            var withPackage = PackageDeclaration.ensure(entry.getKey(), raw, spec.packageName());
            if (withPackage.problem() != null) {
                return new SubmissionRead.Rejected(withPackage.problem());
            }
            sources.add(new SubmittedFile(entry.getKey(), withPackage.source(),
                    new LineOrigins.InFile(entry.getValue().toString())));
        }
        return new SubmissionRead.Accepted(new Submission(origin, sources, warnings));
    }
}
