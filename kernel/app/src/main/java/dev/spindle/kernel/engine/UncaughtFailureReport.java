package dev.spindle.kernel.engine;

import java.nio.charset.StandardCharsets;

/**
 * Prints an exception that ended a user thread to the stderr of the cell that started the thread, in cell
 * coordinates and without engine frames, as a cell failure reads. A thread ended by a stop says nothing.
 */
final class UncaughtFailureReport implements Thread.UncaughtExceptionHandler {

    private final ExceptionReport report;
    private final OutputRouter output;

    UncaughtFailureReport(ExceptionReport report, OutputRouter output) {
        this.report = report;
        this.output = output;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable failure) {
        if (failure instanceof CellStoppedError) {
            return;
        }
        try {
            byte[] text = (String.join("\n", report.uncaught(thread, failure)) + "\n").getBytes(StandardCharsets.UTF_8);
            output.write(CurrentCell.get().cellId(), StreamKind.STDERR, text, 0, text.length);
        } catch (RuntimeException | StackOverflowError e) {
            failure.printStackTrace(); // still lands in the cell's stderr, only less readable
        }
    }
}
