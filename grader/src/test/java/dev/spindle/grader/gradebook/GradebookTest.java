package dev.spindle.grader.gradebook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spindle.grader.report.GradeReport;
import dev.spindle.grader.report.GradedTest;
import dev.spindle.grader.verdict.Repetitions;
import dev.spindle.grader.verdict.Verdict;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GradebookTest {

    @TempDir
    Path temp;

    @Test
    void recordsEachTestsVerdictPointsAndTime() throws Exception {
        String url = "jdbc:sqlite:" + temp.resolve("gradebook.sqlite");
        GradeReport report = new GradeReport("01-counter", "Counter", "Counter.java", true, List.of(
                new GradedTest("CounterTest#quick", false, new Verdict.Passed(), 1, 1, "", Repetitions.NONE,
                        Duration.ofMillis(3)),
                new GradedTest("CounterHiddenTest#slow", true, new Verdict.Failed("lost update"), 0, 2, "",
                        Repetitions.NONE, Duration.ofMillis(1_250))),
                List.of(), "", "hidden", Duration.ofMillis(2_000));
        try (Gradebook gradebook = Gradebook.open(url)) {
            long run = gradebook.startRun("2026-11-28T10:00:00Z", "test", "batch", 1, "none", "host");
            gradebook.record(run, "ada", "hash", "ada/Counter.java", report, "2026-11-28T10:00:01Z", "test",
                    "failed 1, passed 1", "{}");
        }

        Map<String, String> rows = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT test_name, hidden, verdict, points, max_points, elapsed_ms"
                     + " FROM test_results ORDER BY test_name")) {
            while (r.next()) {
                rows.put(r.getString(1), r.getBoolean(2) + " " + r.getString(3) + " " + r.getDouble(4) + "/"
                        + r.getDouble(5) + " " + r.getLong(6) + " ms");
            }
        }
        assertThat(rows).containsExactly(
                Map.entry("CounterHiddenTest#slow", "true failed 0.0/2.0 1250 ms"),
                Map.entry("CounterTest#quick", "false passed 1.0/1.0 3 ms"));
    }
}
