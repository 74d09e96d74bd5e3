package dev.spindle.grader.child;

/** Turns a test failure into the text a student reads: the message, then where in their code it happened. */
final class Failures {

    private static final int MAX_FRAMES = 5;

    private Failures() {}

    static String describe(Throwable failure, String studentPackage) {
        if (failure == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        if (failure instanceof AssertionError) {
            out.append(failure.getMessage() == null ? "assertion failed" : failure.getMessage());
        } else {
            out.append(failure.getClass().getName());
            if (failure.getMessage() != null) {
                out.append(": ").append(failure.getMessage());
            }
            appendStudentFrames(out, failure, studentPackage);
            Throwable cause = failure.getCause();
            for (int depth = 0; cause != null && depth < 2; depth++, cause = cause.getCause()) {
                out.append("\nCaused by: ").append(cause.getClass().getName());
                if (cause.getMessage() != null) {
                    out.append(": ").append(cause.getMessage());
                }
                appendStudentFrames(out, cause, studentPackage);
            }
        }
        return out.toString();
    }

    private static void appendStudentFrames(StringBuilder out, Throwable t, String studentPackage) {
        int shown = 0;
        for (StackTraceElement frame : t.getStackTrace()) {
            if (frame.getClassName().startsWith(studentPackage + ".") && shown++ < MAX_FRAMES) {
                out.append("\n    at ").append(Frames.describe(frame));
            }
        }
    }
}
