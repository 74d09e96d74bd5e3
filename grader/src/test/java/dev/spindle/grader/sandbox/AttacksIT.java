package dev.spindle.grader.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.spindle.grader.Fixtures;
import dev.spindle.grader.HostPackages;
import dev.spindle.grader.exercise.ExerciseFolder;
import dev.spindle.grader.report.GradeReport;
import dev.spindle.grader.report.GradedTest;
import dev.spindle.grader.report.GradescopeJson;
import dev.spindle.grader.report.HtmlReport;
import dev.spindle.grader.report.TerminalReport;
import dev.spindle.grader.run.SubmissionRunner;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every folder under {@code src/test/resources/attacks} is a hostile Counter for the fixture exercise and an
 * {@code expect.properties} saying what it must get. Each is graded, with hidden tests, in the full sandbox:
 * it may not score a point it did not earn, leak a hidden test or the reference into any report, hang or
 * crash the grader, reach the host, or leave a process behind.
 */
class AttacksIT {

    static final Path ATTACKS = Path.of("src/test/resources/attacks").toAbsolutePath();
    /** Strings only the hidden test source/class, the reference solution and exercise.json contain. */
    private static final List<String> SECRETS = List.of("an update was lost", "PAUSE_MILLIS",
            "add and increment must use the same lock", "\"mustFail\"", "two-locks");

    private static ServerSocket hostServer;
    private static final AtomicInteger hostConnections = new AtomicInteger();
    private static Thread acceptor;

    private final ExerciseFolder counter = Fixtures.counter();

    @TempDir
    Path temp;

    @BeforeAll
    static void fullSandboxAndAHostServer() throws IOException {
        HostPackages.ensure("/usr/bin/bwrap", "bubblewrap");
        assumeTrue(HostPackages.isRoot(), "the sandbox needs root (setpriv, cgroups); this run is not root");
        assertThat(Sandbox.profile().summary().missing()).as(Sandbox.profile().summary().describe()).isEmpty();
        hostServer = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = Thread.ofPlatform().daemon().start(() -> {
            while (!hostServer.isClosed()) {
                try (Socket s = hostServer.accept()) {
                    hostConnections.incrementAndGet();
                } catch (IOException e) {
                    return;
                }
            }
        });
    }

    @AfterAll
    static void closeServer() throws IOException {
        if (hostServer != null) {
            hostServer.close();
        }
    }

    /**
     * Every attack in the sandbox this host chooses (bubblewrap in a user namespace here) and again with bubblewrap
     * started as root, the full sandbox of hosts without unprivileged user namespaces.
     */
    static Stream<Arguments> attacks() throws IOException {
        List<String> names;
        try (Stream<Path> dirs = Files.list(ATTACKS)) {
            names = dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList();
        }
        return Stream.of(Mode.values()).flatMap(mode -> names.stream().map(name -> Arguments.of(mode, name)));
    }

    enum Mode {
        CHOSEN, BUBBLEWRAP_AS_ROOT;

        SandboxProfile profile() {
            SandboxProfile chosen = Sandbox.profile();
            return switch (this) {
                case CHOSEN -> chosen;
                case BUBBLEWRAP_AS_ROOT -> {
                    assumeTrue(chosen.host().bubblewrapAsRoot(), "bubblewrap cannot run as root here");
                    yield chosen.withIsolation(new Isolation.Bubblewrap(chosen.host().bubblewrap().orElseThrow(), false));
                }
            };
        }
    }

    @ParameterizedTest(name = "{1} ({0})")
    @MethodSource("attacks")
    void attackEarnsNothingLeaksNothingAndLeavesNothing(Mode mode, String name) throws Exception {
        SandboxProfile profile = mode.profile();
        String nonce = UUID.randomUUID().toString().substring(0, 8);
        String sleepSeconds = Integer.toString(900_000 + Math.floorMod(nonce.hashCode(), 99_999));
        Path markerDir = Files.createDirectories(temp.resolve("host-markers"));
        Files.setPosixFilePermissions(markerDir, PosixFilePermissions.fromString("rwxrwxrwx"));
        Path results = temp.resolve("results.json");
        int connectionsBefore = hostConnections.get();

        Properties expect = new Properties();
        String expectText = substitute(Files.readString(ATTACKS.resolve(name).resolve("expect.properties")),
                nonce, sleepSeconds, markerDir, results);
        expect.load(new StringReader(expectText));
        Path submission = temp.resolve("Counter.java");
        Files.writeString(submission, substitute(Files.readString(ATTACKS.resolve(name).resolve("Counter.java")),
                nonce, sleepSeconds, markerDir, results));

        long start = System.nanoTime();
        GradeReport report = SubmissionRunner.grade(counter, submission, true, profile);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(took).as("the grader must not hang").isLessThan(Duration.ofSeconds(counter.spec().limits().wallSeconds() + 30));
        assertThat(report.sandbox().complete()).as(report.sandbox().describe()).isTrue();
        assertThat(report.sandbox().isolation()).isEqualTo(profile.isolation().describe());
        assertThat(report.score()).as("score").isLessThanOrEqualTo(Double.parseDouble(expect.getProperty("maxScore")));
        for (String key : list(expect, "zero")) {
            assertThat(report.test(key).points()).as(key + " earns nothing").isZero();
        }
        expect.stringPropertyNames().stream().filter(k -> k.startsWith("verdict.")).forEach(k ->
                assertThat(report.test(k.substring("verdict.".length())).verdict().label()).as(k).isEqualTo(expect.getProperty(k)));

        String everything = TerminalReport.render(report, false) + GradescopeJson.toJson(report) + HtmlReport.render(report)
                + String.join("\n", report.tests().stream().filter(t -> !t.hidden())
                        .map(t -> t.verdict().explanation() + t.output()).toList());
        List<String> forbidden = new ArrayList<>(SECRETS);
        forbidden.addAll(list(expect, "forbidden"));
        for (String secret : forbidden) {
            assertThat(everything).as("reports must not contain " + secret).doesNotContain(secret);
        }
        for (String needle : list(expect, "outputMustContain")) {
            assertThat(everything).contains(needle);
        }
        for (String file : list(expect, "hostFileMustNotExist")) {
            assertThat(Path.of(file)).as("written on the host").doesNotExist();
        }
        if (expect.containsKey("hostConnectionsMustBe")) {
            Thread.sleep(200);
            assertThat(hostConnections.get() - connectionsBefore).as("connections to the host").isZero();
        }
        if (expect.containsKey("maxOutputChars")) {
            int max = Integer.parseInt(expect.getProperty("maxOutputChars"));
            assertThat(report.tests()).allSatisfy(t -> assertThat(t.output().length()).isLessThan(max));
        }
        var left = ProcessTable.awaitNone(e -> ProcessTable.sandboxUid(e) || e.commandLine().contains(sleepSeconds), 10_000);
        assertThat(left).as("processes left behind").isEmpty();
        assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).toList()).isEmpty();
        assertThat(report.notes()).noneMatch(n -> n.contains("could not be stopped"));
        report.tests().stream().filter(GradedTest::hidden).forEach(t -> assertThat(t.output()).isNotNull());
    }

    private static String substitute(String text, String nonce, String sleepSeconds, Path markerDir, Path results) {
        return text.replace("@@EXERCISE@@", Fixtures.counter().root().toString())
                .replace("@@NONCE@@", nonce)
                .replace("@@SLEEP_SECONDS@@", sleepSeconds)
                .replace("@@MARKER_DIR@@", markerDir.toString())
                .replace("@@RESULTS_JSON@@", results.toString())
                .replace("@@PORT@@", Integer.toString(hostServer.getLocalPort()));
    }

    private static List<String> list(Properties p, String key) {
        String value = p.getProperty(key, "").strip();
        return value.isEmpty() ? List.of() : Arrays.stream(value.split(",")).map(String::strip).toList();
    }
}
