package dev.spindle.grader.gradebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.abort;

import dev.spindle.grader.Fixtures;
import dev.spindle.grader.HostPackages;
import dev.spindle.grader.cli.GraderMain;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gradebook on a real PostgreSQL: a private cluster (initdb + pg_ctl as the postgres user, a free port on
 * 127.0.0.1, data under /tmp) that the test installs if needed, starts and stops itself.
 */
class GradebookPostgresIT {

    private static Path cluster;
    private static Path binaries;
    private static int port;

    @TempDir
    Path temp;

    @BeforeAll
    static void startPostgres() throws Exception {
        binaries = findBinaries();
        if (binaries == null && HostPackages.isRoot()) {
            HostPackages.ensure("/usr/bin/psql", "postgresql");
            binaries = findBinaries();
        }
        if (binaries == null) {
            abort("PostgreSQL is not installed and this run cannot install it (not root or no apt-get)");
        }
        if (!HostPackages.isRoot()) {
            abort("starting a private PostgreSQL needs root to run it as the postgres user");
        }
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        cluster = Files.createTempDirectory("spindle-pg-");
        run(List.of("chown", "postgres:postgres", cluster.toString()));
        asPostgres(List.of(binaries.resolve("initdb").toString(), "-D", cluster.resolve("data").toString(), "-A", "trust",
                "-U", "postgres", "--no-sync"));
        asPostgres(List.of(binaries.resolve("pg_ctl").toString(), "-D", cluster.resolve("data").toString(), "-w", "-t", "120",
                "-l", cluster.resolve("log").toString(), "-o",
                "-p " + port + " -k " + cluster + " -c listen_addresses=127.0.0.1 -c fsync=off", "start"));
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        if (cluster != null) {
            asPostgres(List.of(binaries.resolve("pg_ctl").toString(), "-D", cluster.resolve("data").toString(), "-m",
                    "immediate", "-w", "stop"));
            try (Stream<Path> files = Files.walk(cluster)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    private static String url() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=postgres";
    }

    @Test
    void batchRecordsIntoPostgresAndExportWritesTheClassCsv() throws Exception {
        Path submissions = Files.createDirectories(temp.resolve("submissions"));
        Path reference = Fixtures.counter().reference().resolve("spindle/exercises/counter/Counter.java");
        Files.copy(reference, submissions.resolve("ada.java"));
        Files.copy(Fixtures.counter().wrongSolution("no-lock").resolve("spindle/exercises/counter/Counter.java"),
                submissions.resolve("bob.java"));
        String[] batch = {"batch", "01-counter", submissions.toString(), "--out", temp.resolve("out").toString(),
                "--jobs", "2", "--db", url(), "--exercises", Fixtures.EXERCISES.toString()};
        assertThat(grader(batch)).isZero();
        assertThat(grader(batch)).isZero();
        try (Gradebook gradebook = Gradebook.open(url())) {
            assertThat(gradebook.gradeCountsPerSubmission()).containsExactly(1L, 1L);
            List<GradeRow> rows = gradebook.latestGrades(Optional.of("01-counter"));
            assertThat(rows).extracting(GradeRow::student).containsExactly("ada", "bob");
            assertThat(rows.get(0).score()).isEqualTo(10);
            assertThat(rows.get(1).score()).isLessThan(10);
        }
        Path csv = temp.resolve("class.csv");
        assertThat(grader(new String[] {"export", "--db", url(), "--out", csv.toString()})).isZero();
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.getFirst()).isEqualTo("student,exercise,score,max,verdicts,graded_at,submission_sha256");
        assertThat(lines.get(1)).startsWith("ada,01-counter,10,10,passed 6,");
        assertThat(lines.get(2)).startsWith("bob,01-counter,");
    }

    private static int grader(String[] args) {
        var out = new ByteArrayOutputStream();
        int code = GraderMain.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(out, true, StandardCharsets.UTF_8));
        System.out.println(out.toString(StandardCharsets.UTF_8));
        return code;
    }

    private static Path findBinaries() throws IOException {
        Path base = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(base)) {
            return null;
        }
        try (Stream<Path> versions = Files.list(base)) {
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.naturalOrder()).orElse(null);
        }
    }

    private static void asPostgres(List<String> command) throws Exception {
        List<String> full = new ArrayList<>(List.of("setpriv", "--reuid=postgres", "--regid=postgres", "--init-groups"));
        full.addAll(command);
        run(full);
    }

    private static void run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).directory(Path.of("/tmp").toFile()).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(3, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", command) + "\n" + output).isZero();
    }
}
