package dev.spindle.kernel.engine;

/** The two output streams of a cell, with their Jupyter names. */
enum StreamKind {
    STDOUT("stdout"), STDERR("stderr");

    private final String wireName;

    StreamKind(String wireName) {
        this.wireName = wireName;
    }

    String wireName() {
        return wireName;
    }
}
