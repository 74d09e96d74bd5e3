package dev.spindle.grader.report;

/** An HTML results table for the kernel's %grade magic to display. */
public final class HtmlReport {

    private HtmlReport() {}

    public static String render(GradeReport report) {
        StringBuilder out = new StringBuilder("<div class=\"spindle-grade\">\n");
        out.append("<p><b>").append(escape(report.exerciseId())).append("</b> · ").append(escape(report.title()))
                .append(" — <b>").append(GradeReport.points(report.score())).append(" / ")
                .append(GradeReport.points(report.maxScore())).append("</b> points</p>\n");
        out.append("<p class=\"spindle-sandbox\"><small>").append(escape(report.sandbox().describe())).append("</small></p>\n");
        if (!report.repeats().describe().isEmpty()) {
            out.append("<p class=\"spindle-repeats\">").append(escape(report.repeats().describe())).append("</p>\n");
        }
        report.notes().forEach(n -> out.append("<p><i>").append(escape(n)).append("</i></p>\n"));
        if (!report.problem().isEmpty()) {
            out.append("<pre>").append(escape(report.problem())).append("</pre>\n");
        }
        out.append("<table>\n<thead><tr><th>Test</th><th>Verdict</th><th>Points</th><th>Details</th></tr></thead>\n<tbody>\n");
        for (GradedTest t : report.tests()) {
            String flaky = t.flaky() ? t.repetitions().describe() + "\n" : "";
            String details = flaky + (t.hidden() ? "hidden test" : t.verdict().explanation()
                    + (t.output().isEmpty() ? "" : "\n--- printed ---\n" + t.output()));
            out.append("<tr class=\"").append(t.verdict().passed() ? "passed" : "failed").append(t.flaky() ? " flaky" : "")
                    .append("\">")
                    .append("<td>").append(escape(t.name())).append("</td>")
                    .append("<td>").append(escape(t.verdictLabel())).append("</td>")
                    .append("<td>").append(GradeReport.points(t.points())).append(" / ")
                    .append(GradeReport.points(t.maxPoints())).append("</td>")
                    .append("<td><pre>").append(escape(details.strip())).append("</pre></td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</div>\n");
        return out.toString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
