package dev.spindle.kernel.app;

import java.io.PrintStream;
import java.time.Instant;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Sends every log record (System.Logger on top of java.util.logging) to stderr through a bounded queue and a
 * daemon writer thread. A full queue drops records: a client that stopped reading stderr, or a dead pty, must
 * never block or kill a thread that is shutting the kernel down. Stdout is never used.
 */
final class StderrLogging extends Handler {

    static final String ENV_LEVEL = "SPINDLE_LOG_LEVEL";

    private final BlockingQueue<String> lines = new ArrayBlockingQueue<>(1024);
    private final PrintStream stderr;

    private StderrLogging(PrintStream stderr) {
        this.stderr = stderr;
        Thread.ofPlatform().name("spindle-log").daemon().start(this::write);
    }

    /** Replaces the default console handler; the level comes from {@code SPINDLE_LOG_LEVEL} (default INFO). */
    static void install(String level) {
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        Level parsed = parse(level);
        root.setLevel(parsed);
        StderrLogging handler = new StderrLogging(System.err);
        handler.setLevel(parsed);
        root.addHandler(handler);
    }

    @Override
    public void publish(LogRecord record) {
        if (!isLoggable(record)) {
            return;
        }
        StringBuilder line = new StringBuilder()
                .append(Instant.ofEpochMilli(record.getMillis())).append(" spindle ")
                .append(record.getLevel().getName()).append(' ')
                .append(shortName(record.getLoggerName())).append(": ")
                .append(formatMessage(record));
        if (record.getThrown() != null) {
            line.append(System.lineSeparator()).append(stackTrace(record.getThrown()));
        }
        lines.offer(line.toString());
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    private void write() {
        while (true) {
            try {
                stderr.println(lines.take());
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static String formatMessage(LogRecord record) {
        String message = record.getMessage();
        Object[] parameters = record.getParameters();
        if (message == null || parameters == null || parameters.length == 0) {
            return String.valueOf(message);
        }
        try {
            return java.text.MessageFormat.format(message, parameters);
        } catch (IllegalArgumentException e) {
            return message;
        }
    }

    private static String stackTrace(Throwable thrown) {
        java.io.StringWriter text = new java.io.StringWriter();
        thrown.printStackTrace(new java.io.PrintWriter(text));
        return text.toString().stripTrailing();
    }

    private static String shortName(String loggerName) {
        return loggerName == null ? "" : loggerName.substring(loggerName.lastIndexOf('.') + 1);
    }

    private static Level parse(String level) {
        if (level == null || level.isBlank()) {
            return Level.INFO;
        }
        try {
            return Level.parse(level.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Level.INFO;
        }
    }
}
