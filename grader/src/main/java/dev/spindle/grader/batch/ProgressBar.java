package dev.spindle.grader.batch;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/**
 * Batch progress on stderr: a redrawn bar with counts and ETA on a terminal, one plain line per submission
 * otherwise (logs, CI).
 */
final class ProgressBar {

    private static final int WIDTH = 30;

    private final PrintStream err;
    private final boolean terminal;
    private final int total;
    private final long started = System.nanoTime();
    private int done;
    private int skipped;
    private int errors;

    ProgressBar(PrintStream err, boolean terminal, int total) {
        this.err = err;
        this.terminal = terminal;
        this.total = total;
    }

    synchronized void skipped(String student) {
        skipped++;
        done++;
        show(student + " unchanged, kept its grade");
    }

    synchronized void graded(String student, String result) {
        done++;
        show(student + " " + result);
    }

    synchronized void failed(String student, String why) {
        errors++;
        done++;
        show(student + " NOT GRADED: " + why);
    }

    synchronized void finish() {
        if (terminal) {
            err.println();
        }
        err.printf(Locale.ROOT, "graded %d, unchanged %d, not graded %d, in %s%n", done - skipped - errors, skipped, errors,
                format(Duration.ofNanos(System.nanoTime() - started)));
    }

    private void show(String last) {
        String counts = String.format(Locale.ROOT, "%d/%d (unchanged %d, errors %d) ETA %s", done, total, skipped, errors, eta());
        if (terminal) {
            int filled = total == 0 ? WIDTH : WIDTH * done / total;
            err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + counts + "  "
                    + (last.length() > 40 ? last.substring(0, 40) : last) + "\u001b[K");
            err.flush();
        } else {
            err.println(counts + "  " + last);
        }
    }

    private String eta() {
        int graded = done - skipped;
        if (graded == 0) {
            return "?";
        }
        long elapsed = System.nanoTime() - started;
        long perSubmission = elapsed / graded;
        // elapsed per graded submission already reflects the parallel jobs
        return format(Duration.ofNanos(perSubmission * (total - done)));
    }

    static String format(Duration d) {
        long s = d.toSeconds();
        return s >= 60 ? (s / 60) + "m" + String.format(Locale.ROOT, "%02d", s % 60) + "s" : s + "s";
    }
}
