package dev.spindle.grader.compile;

/** One compiler error, located in the student's coordinates (file and line, or notebook cell and line). */
public record CompileProblem(String where, String message) {

    public String describe() {
        return where.isEmpty() ? message : where + ": " + message;
    }
}
