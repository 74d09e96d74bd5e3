package dev.spindle.grader.gradescope;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.spindle.grader.Fixtures;
import dev.spindle.grader.cli.GraderMain;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds the Gradescope zip, unpacks it into a tree laid out like Gradescope's (/autograder/source,
 * /autograder/submission, /autograder/results under a temp root) and runs run_autograder on submissions.
 */
class GradescopePackageIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private Path root;

    @BeforeEach
    void packageAndUnpack() throws Exception {
        Path zip = temp.resolve("autograder.zip");
        var out = new ByteArrayOutputStream();
        int code = GraderMain.run(new String[] {"package", "01-counter", "--gradescope", zip.toString(), "--exercises",
                Fixtures.EXERCISES.toString()}, new PrintStream(out), new PrintStream(out));
        assertThat(code).as(out.toString()).isZero();
        root = temp.resolve("autograder");
        Path source = Files.createDirectories(root.resolve("source"));
        try (var fs = FileSystems.newFileSystem(URI.create("jar:" + zip.toUri()), Map.of("enablePosixFileAttributes", "true"));
             Stream<Path> entries = Files.walk(fs.getPath("/"))) {
            assertThat(Files.getPosixFilePermissions(fs.getPath("/run_autograder"))).contains(PosixFilePermission.OWNER_EXECUTE);
            for (Path entry : entries.toList()) {
                Path to = source.resolve(entry.toString().substring(1));
                if (Files.isDirectory(entry)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(entry, to);
                    Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(entry));
                }
            }
        }
        assertThat(source.resolve("setup.sh")).content().contains("openjdk-25-jdk-headless").contains("bubblewrap");
        assertThat(source.resolve("exercises/01-counter/.meta/hidden")).isDirectory();
        assertThat(source.resolve("exercises/01-counter/.meta/reference")).doesNotExist();
        assertThat(source.resolve("exercises/01-counter/.meta/wrong")).doesNotExist();
        assertThat(source.resolve("lib")).isNotEmptyDirectory();
    }

    private JsonNode runAutograder(Path counterJava, Map<String, String> env) throws Exception {
        Path submission = Files.createDirectories(root.resolve("submission"));
        Files.copy(counterJava, submission.resolve("Counter.java"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        ProcessBuilder builder = new ProcessBuilder(root.resolve("source/run_autograder").toString()).redirectErrorStream(true)
                .directory(root.toFile());
        builder.environment().put("SPINDLE_AUTOGRADER_ROOT", root.toString());
        builder.environment().put("SPINDLE_JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        builder.environment().putAll(env);
        Process p = builder.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        return JSON.readTree(root.resolve("results/results.json").toFile());
    }

    @Test
    void referenceGetsFullMarksAndAWrongSolutionDoesNot() throws Exception {
        JsonNode full = runAutograder(Fixtures.counter().reference().resolve("spindle/exercises/counter/Counter.java"), Map.of());
        assertThat(full.get("score").asDouble()).isEqualTo(10);
        assertThat(full.get("tests")).hasSize(6);
        assertThat(full.get("output").asText()).contains("Sandbox: bubblewrap");

        JsonNode wrong = runAutograder(Fixtures.counter().wrongSolution("no-lock").resolve("spindle/exercises/counter/Counter.java"), Map.of());
        assertThat(wrong.get("score").asDouble()).isLessThan(10);
        List<String> hiddenStatuses = Stream.of(0, 1, 2, 3, 4, 5).map(i -> wrong.get("tests").get(i))
                .filter(t -> t.get("visibility").asText().equals("after_published")).map(t -> t.get("status").asText()).toList();
        assertThat(hiddenStatuses).hasSize(3).contains("failed");
    }

    @Test
    void withoutNamespacesItFallsBackToADedicatedUserAndSaysSo() throws Exception {
        JsonNode full = runAutograder(Fixtures.counter().reference().resolve("spindle/exercises/counter/Counter.java"),
                Map.of("SPINDLE_SANDBOX_DISABLE", "bwrap,cgroup"));
        assertThat(full.get("score").asDouble()).isEqualTo(10);
        assertThat(full.get("output").asText()).contains("Sandbox: dedicated user").contains("missing: pid namespace");
    }
}
