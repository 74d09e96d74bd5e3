package dev.spindle.grader.gradebook;

import dev.spindle.grader.report.GradeReport;
import dev.spindle.grader.report.GradedTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every graded run, in SQLite (default) or PostgreSQL. Writes are serialised on one connection; each grade —
 * submission row, grade row and per-test rows — is committed in one transaction, so a grader killed at any
 * moment leaves either the whole grade or none of it.
 */
public final class Gradebook implements AutoCloseable {

    private final Connection connection;

    private Gradebook(Connection connection) {
        this.connection = connection;
    }

    public static Gradebook open(String jdbcUrl) throws SQLException {
        Dialect dialect = Dialect.of(jdbcUrl);
        Connection connection = DriverManager.getConnection(jdbcUrl);
        try (Statement s = connection.createStatement()) {
            if (dialect == Dialect.SQLITE) {
                s.execute("PRAGMA foreign_keys = ON");
                s.execute("PRAGMA busy_timeout = 10000");
            }
            for (String ddl : GradebookSchema.statements(dialect)) {
                s.execute(ddl);
            }
        }
        connection.setAutoCommit(false);
        connection.commit();
        return new Gradebook(connection);
    }

    public synchronized long startRun(String startedAt, String graderVersion, String command, int jobs, String sandbox,
                                      String host) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO grader_runs (started_at, grader_version,"
                + " command, jobs, sandbox, host) VALUES (?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, startedAt);
            s.setString(2, graderVersion);
            s.setString(3, command);
            s.setInt(4, jobs);
            s.setString(5, sandbox);
            s.setString(6, host);
            s.executeUpdate();
            long id = generatedId(s);
            connection.commit();
            return id;
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        }
    }

    /** True when this exact content was graded for this student and exercise before. */
    public synchronized boolean graded(String student, String exercise, String contentHash) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT 1 FROM grades g JOIN submissions s ON s.id = g.submission_id"
                + " WHERE s.student = ? AND s.exercise_id = ? AND s.content_hash = ?")) {
            s.setString(1, student);
            s.setString(2, exercise);
            s.setString(3, contentHash);
            try (ResultSet r = s.executeQuery()) {
                boolean found = r.next();
                connection.commit();
                return found;
            }
        }
    }

    /** Records one grade in a single transaction. */
    public synchronized void record(long runId, String student, String contentHash, String source, GradeReport report,
                                    String gradedAt, String graderVersion, String verdictSummary, String resultsJson)
            throws SQLException {
        try {
            try (PreparedStatement s = connection.prepareStatement("INSERT INTO exercises (id, title, max_score)"
                    + " VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET title = excluded.title, max_score = excluded.max_score")) {
                s.setString(1, report.exerciseId());
                s.setString(2, report.title());
                s.setDouble(3, report.maxScore());
                s.executeUpdate();
            }
            try (PreparedStatement s = connection.prepareStatement("INSERT INTO submissions (student, exercise_id,"
                    + " content_hash, source) VALUES (?, ?, ?, ?) ON CONFLICT (student, exercise_id, content_hash) DO NOTHING")) {
                s.setString(1, student);
                s.setString(2, report.exerciseId());
                s.setString(3, contentHash);
                s.setString(4, source);
                s.executeUpdate();
            }
            long submissionId;
            try (PreparedStatement s = connection.prepareStatement("SELECT id FROM submissions WHERE student = ?"
                    + " AND exercise_id = ? AND content_hash = ?")) {
                s.setString(1, student);
                s.setString(2, report.exerciseId());
                s.setString(3, contentHash);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    submissionId = r.getLong(1);
                }
            }
            long gradeId;
            try (PreparedStatement s = connection.prepareStatement("INSERT INTO grades (submission_id, run_id, graded_at,"
                    + " grader_version, score, max_score, verdict_summary, sandbox, elapsed_ms, results_json)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                s.setLong(1, submissionId);
                s.setLong(2, runId);
                s.setString(3, gradedAt);
                s.setString(4, graderVersion);
                s.setDouble(5, report.score());
                s.setDouble(6, report.maxScore());
                s.setString(7, verdictSummary);
                s.setString(8, report.sandbox().describe());
                s.setLong(9, report.elapsed().toMillis());
                s.setString(10, resultsJson);
                s.executeUpdate();
                gradeId = generatedId(s);
            }
            try (PreparedStatement s = connection.prepareStatement("INSERT INTO test_results (grade_id, test_name, hidden,"
                    + " verdict, points, max_points, elapsed_ms) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                for (GradedTest t : report.tests()) {
                    s.setLong(1, gradeId);
                    s.setString(2, t.name());
                    s.setBoolean(3, t.hidden());
                    s.setString(4, t.verdict().label());
                    s.setDouble(5, t.points());
                    s.setDouble(6, t.maxPoints());
                    s.setLong(7, t.elapsed().toMillis());
                    s.addBatch();
                }
                s.executeBatch();
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
    }

    /** Each student's latest grade per exercise (optionally one exercise), for the class CSV. */
    public synchronized List<GradeRow> latestGrades(Optional<String> exercise) throws SQLException {
        String sql = "SELECT s.student, s.exercise_id, g.score, g.max_score, g.verdict_summary, g.graded_at, s.content_hash"
                + " FROM grades g JOIN submissions s ON s.id = g.submission_id"
                + " WHERE g.id = (SELECT MAX(g2.id) FROM grades g2 JOIN submissions s2 ON s2.id = g2.submission_id"
                + " WHERE s2.student = s.student AND s2.exercise_id = s.exercise_id)"
                + (exercise.isPresent() ? " AND s.exercise_id = ?" : "")
                + " ORDER BY s.exercise_id, s.student";
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            if (exercise.isPresent()) {
                s.setString(1, exercise.get());
            }
            List<GradeRow> rows = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(new GradeRow(r.getString(1), r.getString(2), r.getDouble(3), r.getDouble(4), r.getString(5),
                            r.getString(6), r.getString(7)));
                }
            }
            connection.commit();
            return rows;
        }
    }

    /** How many grades each (student, exercise, content) has: the "graded exactly once" check. */
    public synchronized List<Long> gradeCountsPerSubmission() throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("SELECT COUNT(g.id) FROM submissions s LEFT JOIN grades g ON g.submission_id = s.id"
                     + " GROUP BY s.id ORDER BY s.id")) {
            List<Long> counts = new ArrayList<>();
            while (r.next()) {
                counts.add(r.getLong(1));
            }
            connection.commit();
            return counts;
        }
    }

    private static long generatedId(PreparedStatement s) throws SQLException {
        try (ResultSet keys = s.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new SQLException("no generated key");
            }
            return keys.getLong(1);
        }
    }

    @Override
    public synchronized void close() throws SQLException {
        connection.close();
    }
}
