package dev.spindle.grader.batch;

import dev.spindle.grader.gradebook.GradeRow;
import java.util.List;
import java.util.Locale;

/** The class CSV (RFC 4180): student, exercise, score, max, verdict summary, graded at, submission hash. */
public final class ClassCsv {

    private ClassCsv() {}

    public static String render(List<GradeRow> rows) {
        StringBuilder out = new StringBuilder("student,exercise,score,max,verdicts,graded_at,submission_sha256\r\n");
        for (GradeRow r : rows) {
            out.append(String.join(",", quote(r.student()), quote(r.exercise()), number(r.score()), number(r.maxScore()),
                    quote(r.verdictSummary()), quote(r.gradedAt()), quote(r.contentHash()))).append("\r\n");
        }
        return out.toString();
    }

    static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }

    private static String quote(String s) {
        // a leading = + - @ would be a formula in a spreadsheet
        String safe = !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
        return safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
                ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
