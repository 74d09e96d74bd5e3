package dev.spindle.grader.gradebook;

/** The two databases the gradebook supports; only the generated-key column differs between them. */
enum Dialect {
    SQLITE("INTEGER PRIMARY KEY AUTOINCREMENT"),
    POSTGRESQL("BIGSERIAL PRIMARY KEY");

    private final String idColumn;

    Dialect(String idColumn) {
        this.idColumn = idColumn;
    }

    String idColumn() {
        return idColumn;
    }

    static Dialect of(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:sqlite:")) {
            return SQLITE;
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new IllegalArgumentException("--db must be a jdbc:sqlite: or jdbc:postgresql: URL, not " + jdbcUrl);
    }
}
