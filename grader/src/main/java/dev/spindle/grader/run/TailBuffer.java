package dev.spindle.grader.run;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Drains a child's stream so it never blocks, keeping only the last bytes (where JVM fatal messages are). */
final class TailBuffer {

    private final byte[] ring;
    private long total;
    private final Thread drainer;

    private TailBuffer(InputStream in, int capacity, String name) {
        this.ring = new byte[capacity];
        this.drainer = Thread.ofPlatform().daemon().name(name).start(() -> drain(in));
    }

    static TailBuffer drain(InputStream in, int capacity, String name) {
        return new TailBuffer(in, capacity, name);
    }

    private void drain(InputStream in) {
        byte[] chunk = new byte[8192];
        try (in) {
            for (int n; (n = in.read(chunk)) > 0; ) {
                synchronized (this) {
                    for (int i = 0; i < n; i++) {
                        ring[(int) (total++ % ring.length)] = chunk[i];
                    }
                }
            }
        } catch (IOException e) {
            // the process is gone
        }
    }

    String text(long waitMillis) {
        try {
            drainer.join(waitMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            int size = (int) Math.min(total, ring.length);
            byte[] out = new byte[size];
            long start = total - size;
            for (int i = 0; i < size; i++) {
                out[i] = ring[(int) ((start + i) % ring.length)];
            }
            String text = new String(out, StandardCharsets.UTF_8);
            return total > ring.length ? "[… " + (total - ring.length) + " earlier bytes dropped]\n" + text : text;
        }
    }
}
