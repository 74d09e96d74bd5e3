package dev.spindle.grader.child;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Replaces System.out and System.err and keeps, per test, at most {@code limit} bytes of what was printed.
 * Output between tests, or from threads that outlive their test, is attributed to whichever test runs.
 */
final class TestOutputCapture extends OutputStream {

    private final int limit;
    private ByteArrayOutputStream current = new ByteArrayOutputStream();
    private long dropped;

    private TestOutputCapture(int limit) {
        this.limit = limit;
    }

    static TestOutputCapture install(int limit) {
        var capture = new TestOutputCapture(limit);
        var stream = new PrintStream(capture, true, StandardCharsets.UTF_8);
        System.setOut(stream);
        System.setErr(stream);
        return capture;
    }

    synchronized void begin() {
        current = new ByteArrayOutputStream();
        dropped = 0;
    }

    synchronized String end() {
        String text = current.toString(StandardCharsets.UTF_8);
        if (dropped > 0) {
            text += "\n[output truncated: " + dropped + " more bytes were printed; only the first "
                    + (limit / 1024) + " KiB are kept]";
        }
        begin();
        return text;
    }

    @Override
    public synchronized void write(int b) {
        if (current.size() < limit) {
            current.write(b);
        } else {
            dropped++;
        }
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        int room = Math.max(0, Math.min(len, limit - current.size()));
        current.write(b, off, room);
        dropped += len - room;
    }
}
