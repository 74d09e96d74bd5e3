package dev.spindle.grader.gradebook;

import java.util.List;

/** The gradebook's tables (documented in grader/README.md). Statements are idempotent. */
final class GradebookSchema {

    private GradebookSchema() {}

    static List<String> statements(Dialect dialect) {
        String id = dialect.idColumn();
        return List.of(
                "CREATE TABLE IF NOT EXISTS exercises (id TEXT PRIMARY KEY, title TEXT NOT NULL, max_score REAL NOT NULL)",
                "CREATE TABLE IF NOT EXISTS grader_runs (id " + id + ", started_at TEXT NOT NULL, grader_version TEXT NOT NULL,"
                        + " command TEXT NOT NULL, jobs INTEGER NOT NULL, sandbox TEXT NOT NULL, host TEXT NOT NULL)",
                "CREATE TABLE IF NOT EXISTS submissions (id " + id + ", student TEXT NOT NULL,"
                        + " exercise_id TEXT NOT NULL REFERENCES exercises(id), content_hash TEXT NOT NULL,"
                        + " source TEXT NOT NULL, UNIQUE (student, exercise_id, content_hash))",
                "CREATE TABLE IF NOT EXISTS grades (id " + id + ", submission_id BIGINT NOT NULL REFERENCES submissions(id),"
                        + " run_id BIGINT NOT NULL REFERENCES grader_runs(id), graded_at TEXT NOT NULL,"
                        + " grader_version TEXT NOT NULL, score REAL NOT NULL, max_score REAL NOT NULL,"
                        + " verdict_summary TEXT NOT NULL, sandbox TEXT NOT NULL, elapsed_ms BIGINT NOT NULL,"
                        + " results_json TEXT NOT NULL)",
                "CREATE TABLE IF NOT EXISTS test_results (grade_id BIGINT NOT NULL REFERENCES grades(id),"
                        + " test_name TEXT NOT NULL, hidden BOOLEAN NOT NULL, verdict TEXT NOT NULL,"
                        + " points REAL NOT NULL, max_points REAL NOT NULL, elapsed_ms BIGINT NOT NULL,"
                        + " PRIMARY KEY (grade_id, test_name))",
                "CREATE INDEX IF NOT EXISTS grades_by_submission ON grades (submission_id)",
                "CREATE INDEX IF NOT EXISTS submissions_by_student ON submissions (student, exercise_id)");
    }
}
