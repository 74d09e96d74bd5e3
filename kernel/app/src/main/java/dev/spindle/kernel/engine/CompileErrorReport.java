package dev.spindle.kernel.engine;

import jdk.jshell.Diag;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Turns javac diagnostics of one snippet into an error that points at the cell line and column. */
final class CompileErrorReport {

    static final String ENAME = "CompilationError";

    private CompileErrorReport() {
    }

    static CellFailure of(List<Diag> diagnostics, SourcePiece piece, CellText cell) {
        List<String> traceback = new ArrayList<>();
        String first = null;
        for (Diag diag : diagnostics) {
            if (!diag.isError()) {
                continue;
            }
            String message = message(diag);
            if (first == null) {
                first = message.lines().findFirst().orElse(message);
            }
            long startInSnippet = diag.getStartPosition() >= 0 ? diag.getStartPosition() : diag.getPosition();
            int start = clamp(piece.start() + (int) Math.max(0, startInSnippet), cell);
            int end = clamp(piece.start() + (int) Math.max(startInSnippet + 1, diag.getEndPosition()), cell);
            traceback.addAll(describe(message, start, end, cell));
        }
        if (first == null) {
            first = "the cell does not compile";
            traceback.add(Ansi.errorName("error") + ": " + first);
        }
        return new CellFailure(ENAME, first, traceback);
    }

    private static List<String> describe(String message, int start, int end, CellText cell) {
        int line = cell.lineOf(start);
        String gutter = String.valueOf(line);
        String pad = " ".repeat(gutter.length());
        String sourceLine = cell.lineText(start);
        int column = cell.columnOf(start);
        int lineStart = cell.lineStart(start);
        int spanEnd = Math.min(Math.max(end, start + 1), cell.lineEnd(start));
        StringBuilder marker = new StringBuilder();
        for (int i = lineStart; i < start; i++) {
            marker.append(sourceLine.charAt(i - lineStart) == '\t' ? '\t' : ' ');
        }
        marker.append("^".repeat(Math.max(1, spanEnd - start)));
        List<String> lines = new ArrayList<>();
        List<String> messageLines = message.lines().toList();
        lines.add(Ansi.errorName("error") + ": " + Ansi.bold(messageLines.getFirst()));
        messageLines.stream().skip(1).forEach(more -> lines.add(pad + "   " + more.strip()));
        lines.add(pad + " --> line " + line + ", column " + column);
        lines.add(gutter + " | " + sourceLine);
        lines.add(pad + " | " + marker);
        return lines;
    }

    private static String message(Diag diag) {
        return diag.getMessage(Locale.ROOT).lines()
                .filter(line -> !line.strip().equals("location: class"))
                .reduce((a, b) -> a + "\n" + b)
                .orElse("");
    }

    private static int clamp(int offset, CellText cell) {
        return Math.max(0, Math.min(offset, cell.length()));
    }
}
