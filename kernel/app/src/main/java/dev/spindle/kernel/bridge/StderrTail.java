package dev.spindle.kernel.bridge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Copies what the engine JVM itself prints (JVM warnings, crash notes) to the kernel's log and keeps the
 * last lines, which explain a crash or an out-of-memory exit.
 */
final class StderrTail {

    private static final int KEPT = 20;
    private final Deque<String> lines = new ArrayDeque<>();
    private final Thread reader;

    StderrTail(InputStream stream, PrintStream log, String prefix) {
        reader = Thread.ofPlatform().daemon().name("spindle-engine-stderr").start(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    log.println(prefix + line);
                    synchronized (lines) {
                        lines.addLast(line);
                        if (lines.size() > KEPT) {
                            lines.removeFirst();
                        }
                    }
                }
            } catch (IOException ignored) {
                // the engine is gone
            }
        });
    }

    /** The last lines, after waiting briefly for the stream to end (the process has exited). */
    List<String> lastLines() {
        try {
            reader.join(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }
}
