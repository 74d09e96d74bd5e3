package dev.spindle.grader.batch;

import java.util.List;
import java.util.Locale;

/** A bar chart of scores as a self-contained SVG: one bar per integer score from 0 to the maximum. */
public final class ScoreHistogram {

    private static final int BAR = 28;
    private static final int HEIGHT = 180;
    private static final int MARGIN = 40;

    private ScoreHistogram() {}

    public static int[] counts(List<Double> scores, double max) {
        int buckets = (int) Math.ceil(max) + 1;
        int[] counts = new int[Math.max(1, buckets)];
        for (double s : scores) {
            counts[Math.min(counts.length - 1, Math.max(0, (int) Math.floor(s)))]++;
        }
        return counts;
    }

    public static String svg(String title, List<Double> scores, double max) {
        int[] counts = counts(scores, max);
        int highest = 1;
        for (int c : counts) {
            highest = Math.max(highest, c);
        }
        int width = 2 * MARGIN + counts.length * BAR;
        int height = HEIGHT + 2 * MARGIN;
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"11\">%n",
                width, height, width, height));
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"20\" font-size=\"13\" font-weight=\"bold\">%s</text>%n", MARGIN, escape(title)));
        int baseline = MARGIN + HEIGHT;
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n",
                MARGIN, baseline, width - MARGIN, baseline));
        for (int i = 0; i < counts.length; i++) {
            int h = HEIGHT * counts[i] / highest;
            int x = MARGIN + i * BAR;
            svg.append(String.format(Locale.ROOT,
                    "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#4878a8\"><title>score %d: %d</title></rect>%n",
                    x + 3, baseline - h, BAR - 6, h, i, counts[i]));
            if (counts[i] > 0) {
                svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%d</text>%n",
                        x + BAR / 2, baseline - h - 4, counts[i]));
            }
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%d</text>%n",
                    x + BAR / 2, baseline + 15, i));
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">score (points)</text>%n",
                width / 2, baseline + 32));
        return svg.append("</svg>\n").toString();
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
