package dev.spindle.grader.batch;

import dev.spindle.grader.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * A generated class: copies of the fixture exercise under three ids, and per exercise a folder of student
 * submissions — correct (the reference with a per-student comment, so every hash differs), wrong (the known-wrong
 * solutions and the starter) and hostile (attacks from src/test/resources/attacks that finish quickly).
 */
final class ClassFixtures {

    static final List<String> EXERCISES = List.of("01-counter", "02-counter-twice", "03-counter-again");
    private static final List<String> HOSTILE = List.of("exit-in-test", "test-aborted-exception", "fake-results-and-events",
            "reflection-into-runner", "write-outside-scratch", "exit-in-static-initializer", "failed-assumption");
    private static final Path ATTACKS = Path.of("src/test/resources/attacks").toAbsolutePath();

    private ClassFixtures() {}

    static Path exercises(Path root) throws IOException {
        Path source = Fixtures.counter().root();
        for (String id : EXERCISES) {
            Path target = root.resolve(id);
            try (Stream<Path> files = Files.walk(source)) {
                for (Path p : files.toList()) {
                    Path to = target.resolve(source.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(p, to, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            Path json = target.resolve(".meta/exercise.json");
            Files.writeString(json, Files.readString(json).replace("\"id\": \"01-counter\"", "\"id\": \"" + id + "\""));
        }
        return root;
    }

    /** @return expected kind per student: "correct", "wrong" or "hostile:&lt;the most it may score&gt;" */
    static java.util.Map<String, String> submissions(Path folder, Path exercise, int count) throws IOException {
        Files.createDirectories(folder);
        var kinds = new java.util.TreeMap<String, String>();
        String reference = Files.readString(exercise.resolve(".meta/reference/spindle/exercises/counter/Counter.java"));
        List<String> wrong = List.of(
                Files.readString(exercise.resolve(".meta/wrong/no-lock/spindle/exercises/counter/Counter.java")),
                Files.readString(exercise.resolve(".meta/wrong/two-locks/spindle/exercises/counter/Counter.java")),
                Files.readString(exercise.resolve("src/main/java/spindle/exercises/counter/Counter.java")));
        for (int i = 0; i < count; i++) {
            String student = String.format("student%03d", i);
            String source;
            String kind;
            switch (i % 5) {
                case 0, 1 -> {
                    kind = "correct";
                    source = reference;
                }
                case 2, 3 -> {
                    kind = "wrong";
                    source = wrong.get(i % wrong.size());
                }
                default -> {
                    Path attack = ATTACKS.resolve(HOSTILE.get(i % HOSTILE.size()));
                    var expect = new java.util.Properties();
                    try (var in = Files.newBufferedReader(attack.resolve("expect.properties"))) {
                        expect.load(in);
                    }
                    kind = "hostile:" + expect.getProperty("maxScore");
                    source = Files.readString(attack.resolve("Counter.java"))
                            .replace("@@RESULTS_JSON@@", folder.resolve("pwned-results.json").toString())
                            .replace("@@MARKER_DIR@@", folder.toString()).replace("@@NONCE@@", student)
                            .replace("@@EXERCISE@@", exercise.toString());
                }
            }
            source = source + "\n// " + student + "\n";
            if (i % 7 == 0) {
                Path dir = Files.createDirectories(folder.resolve(student));
                Files.writeString(dir.resolve("Counter.java"), source);
            } else {
                Files.writeString(folder.resolve(student + ".java"), source);
            }
            kinds.put(student, kind);
        }
        return kinds;
    }
}
