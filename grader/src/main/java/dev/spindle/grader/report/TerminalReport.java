package dev.spindle.grader.report;

import dev.spindle.grader.verdict.Verdict;
import java.util.Arrays;
import java.util.Locale;

/** The report a person reads in a terminal: a table of test, verdict and points, then the details. */
public final class TerminalReport {

    private static final int MAX_PRINTED_LINES = 20;

    private TerminalReport() {}

    public static String render(GradeReport report, boolean checkOnly) {
        StringBuilder out = new StringBuilder();
        out.append(report.exerciseId()).append(" · ").append(report.title()).append('\n');
        out.append("Submission: ").append(report.submission()).append('\n');
        out.append(report.sandbox().describe()).append('\n');
        if (!report.repeats().describe().isEmpty()) {
            out.append(report.repeats().describe()).append('\n');
        }
        if (checkOnly) {
            out.append("Visible tests only. Your grade also includes hidden tests, run when you submit.\n");
        }
        report.notes().forEach(n -> out.append("Note: ").append(n).append('\n'));
        if (!report.problem().isEmpty()) {
            out.append('\n').append(report.problem()).append('\n');
        }
        int width = Math.max(24, report.tests().stream().mapToInt(t -> name(t).length()).max().orElse(0));
        String format = "  %-" + width + "s  %-16s %9s%n";
        out.append('\n').append(String.format(Locale.ROOT, format, "Test", "Verdict", "Points"));
        out.append(String.format(Locale.ROOT, format, "-".repeat(width), "-".repeat(16), "-".repeat(9)));
        for (GradedTest t : report.tests()) {
            out.append(String.format(Locale.ROOT, format, name(t), t.verdictLabel(),
                    GradeReport.points(t.points()) + " / " + GradeReport.points(t.maxPoints())));
        }
        out.append(String.format(Locale.ROOT, format, "Total", "",
                GradeReport.points(report.score()) + " / " + GradeReport.points(report.maxScore())));
        out.append(String.format(Locale.ROOT, "  (graded in %.1f s)%n", report.elapsed().toMillis() / 1000.0));

        for (GradedTest t : report.flakyTests()) {
            out.append('\n').append(name(t)).append(" — ").append(t.repetitions().describe()).append('\n');
        }
        for (GradedTest t : report.tests()) {
            if (t.hidden() || t.verdict() instanceof Verdict.DidNotCompile
                    || (t.verdict().passed() && t.output().isEmpty())) {
                continue;
            }
            String explanation = t.verdict().explanation();
            if (explanation.isEmpty() && t.output().isEmpty()) {
                continue;
            }
            out.append('\n').append(t.name()).append(" — ").append(t.verdictLabel()).append('\n');
            if (!explanation.isEmpty()) {
                out.append(indent(explanation)).append('\n');
            }
            if (!t.output().isEmpty()) {
                out.append("  printed:\n").append(indent(indent(firstLines(t.output().stripTrailing())))).append('\n');
            }
        }
        if (report.tests().stream().anyMatch(GradedTest::hidden)) {
            out.append("\nHidden tests show only their verdict.\n");
        }
        return out.toString();
    }

    private static String firstLines(String text) {
        String[] lines = text.split("\n", -1);
        if (lines.length <= MAX_PRINTED_LINES) {
            return text;
        }
        return String.join("\n", Arrays.asList(lines).subList(0, MAX_PRINTED_LINES))
                + "\n[… " + (lines.length - MAX_PRINTED_LINES) + " more lines not shown here]";
    }

    private static String name(GradedTest t) {
        return t.hidden() ? t.name() + " (hidden)" : t.name();
    }

    private static String indent(String text) {
        return "  " + text.replace("\n", "\n  ");
    }
}
