package dev.spindle.grader.batch;

import dev.spindle.grader.exercise.ExerciseFolder;
import dev.spindle.grader.gradebook.GradeRow;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** summary.md, summary.html and histogram.svg for a batch: the class's scores at a glance. */
final class BatchSummary {

    private BatchSummary() {}

    static void write(Path out, ExerciseFolder exercise, List<GradeRow> rows, BatchResult run, String sandbox)
            throws IOException {
        List<Double> scores = rows.stream().map(GradeRow::score).toList();
        double max = rows.stream().mapToDouble(GradeRow::maxScore).max().orElse(0);
        String title = exercise.id() + " — " + rows.size() + " students";
        AtomicFiles.write(out.resolve("histogram.svg"), ScoreHistogram.svg(title, scores, max));
        AtomicFiles.write(out.resolve("summary.md"), markdown(exercise, rows, scores, max, run, sandbox));
        AtomicFiles.write(out.resolve("summary.html"), html(exercise, rows, scores, max, run, sandbox));
    }

    private static String stats(List<Double> scores, double max) {
        if (scores.isEmpty()) {
            return "no grades yet";
        }
        List<Double> sorted = scores.stream().sorted().toList();
        double mean = scores.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        long full = scores.stream().filter(s -> s >= max).count();
        return String.format(Locale.ROOT, "mean %.2f, median %s, min %s, max %s (of %s); full marks: %d",
                mean, ClassCsv.number(sorted.get(sorted.size() / 2)), ClassCsv.number(sorted.getFirst()),
                ClassCsv.number(sorted.getLast()), ClassCsv.number(max), full);
    }

    private static String runLine(BatchResult run) {
        return String.format(Locale.ROOT, "This run: %d submissions, %d graded, %d unchanged, %d not graded, in %s (%.1f graded per minute).",
                run.submissions(), run.graded(), run.unchanged(), run.notGraded(), ProgressBar.format(run.elapsed()), run.perMinute());
    }

    private static String markdown(ExerciseFolder exercise, List<GradeRow> rows, List<Double> scores, double max,
                                   BatchResult run, String sandbox) {
        StringBuilder md = new StringBuilder("# " + exercise.id() + " · " + exercise.spec().title() + "\n\n");
        md.append("Scores: ").append(stats(scores, max)).append("\n\n");
        md.append("![score histogram](histogram.svg)\n\n");
        md.append(runLine(run)).append("\n\n").append(sandbox).append("\n\n");
        md.append("| student | score | verdicts | graded at |\n|---|---:|---|---|\n");
        for (GradeRow r : rows) {
            md.append("| ").append(r.student().replace("|", "\\|")).append(" | ").append(ClassCsv.number(r.score()))
                    .append(" / ").append(ClassCsv.number(r.maxScore())).append(" | ").append(r.verdictSummary())
                    .append(" | ").append(r.gradedAt()).append(" |\n");
        }
        return md.toString();
    }

    private static String html(ExerciseFolder exercise, List<GradeRow> rows, List<Double> scores, double max,
                               BatchResult run, String sandbox) {
        StringBuilder h = new StringBuilder("<!doctype html>\n<html><head><meta charset=\"utf-8\"><title>")
                .append(ScoreHistogram.escape(exercise.id())).append("</title></head><body>\n");
        h.append("<h1>").append(ScoreHistogram.escape(exercise.id() + " · " + exercise.spec().title())).append("</h1>\n");
        h.append("<p>Scores: ").append(ScoreHistogram.escape(stats(scores, max))).append("</p>\n");
        h.append(ScoreHistogram.svg(exercise.id() + " — " + rows.size() + " students", scores, max));
        h.append("<p>").append(ScoreHistogram.escape(runLine(run))).append("</p>\n<p><small>")
                .append(ScoreHistogram.escape(sandbox)).append("</small></p>\n");
        h.append("<table>\n<tr><th>student</th><th>score</th><th>verdicts</th><th>graded at</th></tr>\n");
        for (GradeRow r : rows) {
            h.append("<tr><td>").append(ScoreHistogram.escape(r.student())).append("</td><td>")
                    .append(ClassCsv.number(r.score())).append(" / ").append(ClassCsv.number(r.maxScore()))
                    .append("</td><td>").append(ScoreHistogram.escape(r.verdictSummary())).append("</td><td>")
                    .append(ScoreHistogram.escape(r.gradedAt())).append("</td></tr>\n");
        }
        return h.append("</table>\n</body></html>\n").toString();
    }
}
