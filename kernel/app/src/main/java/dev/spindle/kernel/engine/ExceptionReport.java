package dev.spindle.kernel.engine;

import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.UnresolvedReferenceException;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns an exception thrown by cell code into the real exception class, its message and a stack trace in
 * cell coordinates: snippet frames read {@code cell [n], line k}; frames of the engine and of JShell go.
 */
final class ExceptionReport {

    static final String INTERRUPTED = "Interrupted";
    private static final int MAX_FRAMES = 40;

    private final SnippetOrigins origins;
    private final SnippetFrames snippetFrames;
    private final JShell shell;

    ExceptionReport(SnippetOrigins origins, SnippetFrames snippetFrames, JShell shell) {
        this.origins = origins;
        this.snippetFrames = snippetFrames;
        this.shell = shell;
    }

    CellFailure of(JShellException exception, boolean interrupted) {
        if (exception instanceof UnresolvedReferenceException unresolved) {
            String missing = shell.unresolvedDependencies(unresolved.getSnippet()).collect(Collectors.joining(", "));
            String evalue = unresolved.getSnippet().name() + " cannot run until " + missing + " is declared";
            return new CellFailure("UnresolvedReference", evalue,
                    List.of(Ansi.errorName("UnresolvedReference") + ": " + evalue));
        }
        EvalException eval = (EvalException) exception;
        String className = eval.getExceptionClassName();
        String message = eval.getMessage();
        List<String> traceback = new ArrayList<>();
        if (interrupted || CellStoppedError.class.getName().equals(className)) {
            String evalue = "the cell was interrupted";
            traceback.add(Ansi.errorName(INTERRUPTED) + ": " + evalue);
            traceback.addAll(frames(eval.getStackTrace()));
            return new CellFailure(INTERRUPTED, evalue, traceback);
        }
        traceback.add(Ansi.errorName(className) + (message == null ? "" : ": " + message));
        traceback.addAll(frames(eval.getStackTrace()));
        addCauses(eval.getCause(), traceback);
        return new CellFailure(className, message == null ? "" : message, traceback);
    }

    /** An exception nobody caught on a thread cell code started, as lines for the cell's stderr. */
    List<String> uncaught(Thread thread, Throwable failure) {
        List<String> lines = new ArrayList<>();
        lines.add("Exception in thread \"" + thread.getName() + "\" " + Ansi.errorName(failure.getClass().getName())
                + (failure.getMessage() == null ? "" : ": " + failure.getMessage()));
        lines.addAll(frames(snippetFrames.translate(failure.getStackTrace())));
        addCauses(failure.getCause(), lines);
        return lines;
    }

    private void addCauses(Throwable cause, List<String> traceback) {
        int depth = 0;
        while (cause != null && depth++ < 10) {
            String causeName = cause instanceof EvalException ce ? ce.getExceptionClassName() : cause.getClass().getName();
            traceback.add("Caused by: " + Ansi.bold(causeName) + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
            traceback.addAll(frames(snippetFrames.translate(cause.getStackTrace())));
            cause = cause.getCause();
        }
    }

    /** The frames down to the outermost snippet frame, without the engine's own, repeats folded. */
    List<String> frames(StackTraceElement[] stack) {
        int last = -1;
        for (int i = 0; i < stack.length; i++) {
            if (isSnippet(stack[i])) {
                last = i;
            }
        }
        List<String> lines = new ArrayList<>();
        String previous = null;
        int repeats = 0;
        int end = last < 0 ? stack.length : last + 1;
        for (int i = 0; i < end && lines.size() < MAX_FRAMES; i++) {
            StackTraceElement frame = stack[i];
            if (isMachinery(frame)) {
                continue;
            }
            String line = "    at " + describe(frame);
            if (line.equals(previous)) {
                repeats++;
                continue;
            }
            if (repeats > 0) {
                lines.add("    ... the frame above repeats " + repeats + " more times");
                repeats = 0;
            }
            lines.add(line);
            previous = line;
        }
        if (repeats > 0) {
            lines.add("    ... the frame above repeats " + repeats + " more times");
        }
        if (end - lines.size() > 0 && lines.size() >= MAX_FRAMES) {
            lines.add("    ... more frames left out");
        }
        return lines;
    }

    private String describe(StackTraceElement frame) {
        if (!isSnippet(frame)) {
            return frame.toString();
        }
        String where = origins.describe(frame.getFileName(), frame.getLineNumber());
        String method = frame.getMethodName();
        String owner = frame.getClassName();
        if (method.isEmpty() || method.startsWith("do_it$")) {
            return where;
        }
        if (method.startsWith("lambda$")) {
            method = "lambda";
        }
        return (owner.isEmpty() ? method : owner + "." + method) + " (" + where + ")";
    }

    private static boolean isSnippet(StackTraceElement frame) {
        return frame.getFileName() != null && frame.getFileName().startsWith("#");
    }

    private static boolean isMachinery(StackTraceElement frame) {
        String owner = frame.getClassName();
        return owner.startsWith("dev.spindle.kernel.engine.") || owner.startsWith("jdk.internal.reflect.")
                || owner.startsWith("jdk.jshell.") || owner.startsWith("java.lang.reflect.Method");
    }
}
