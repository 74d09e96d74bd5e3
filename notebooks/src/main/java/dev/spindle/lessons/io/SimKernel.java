package dev.spindle.lessons.io;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/** A fake kernel: numbered file descriptors with receive buffers, and wake-up callbacks on arrival. */
public final class SimKernel {

    private final List<ByteArrayOutputStream> buffers = new ArrayList<>();
    private final List<IntConsumer> arrivalListeners = new ArrayList<>();

    /** Opens a descriptor; numbers start at 3 because 0, 1 and 2 are stdin, stdout and stderr. */
    public int open() {
        buffers.add(new ByteArrayOutputStream());
        return buffers.size() + 2;
    }

    /** Opens {@code count} descriptors and returns the first. */
    public int open(int count) {
        int first = open();
        for (int i = 1; i < count; i++) open();
        return first;
    }

    public int openCount() {
        return buffers.size();
    }

    /** The peer writes {@code bytes}: they land in the buffer and every watcher's callback runs (ep_poll_callback). */
    public void deliver(int fd, byte[] bytes) {
        buffer(fd).writeBytes(bytes);
        arrivalListeners.forEach(listener -> listener.accept(fd));
    }

    public void deliver(int fd, String text) {
        deliver(fd, text.getBytes(StandardCharsets.UTF_8));
    }

    /** A non-blocking read of up to {@code max} bytes; an empty result is EAGAIN. */
    public byte[] read(int fd, int max) {
        ByteArrayOutputStream buffer = buffer(fd);
        byte[] all = buffer.toByteArray();
        int n = Math.min(max, all.length);
        buffer.reset();
        buffer.write(all, n, all.length - n);
        byte[] out = new byte[n];
        System.arraycopy(all, 0, out, 0, n);
        return out;
    }

    public int available(int fd) {
        return buffer(fd).size();
    }

    void onArrival(IntConsumer listener) {
        arrivalListeners.add(listener);
    }

    private ByteArrayOutputStream buffer(int fd) {
        int index = fd - 3;
        if (index < 0 || index >= buffers.size()) throw new IllegalArgumentException("bad file descriptor " + fd);
        return buffers.get(index);
    }
}
