package dev.spindle.kernel.engine;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Bytes one cell wrote to one stream and nobody has sent yet. Bounded: when writers outrun the flusher the
 * oldest whole lines are dropped and counted, so the newest lines survive and a notice says what was lost.
 */
final class PendingText {

    private final int limit;
    private byte[] bytes = new byte[256];
    private int size;
    private long droppedLines;
    private boolean partialLineWaited;

    PendingText(int limit) {
        this.limit = limit;
    }

    synchronized void append(byte[] data, int offset, int length) {
        if (length > limit) {
            droppedLines += countLines(data, offset, length - limit);
            offset += length - limit;
            length = limit;
        }
        if (size + length > limit) {
            dropOldest(size + length - limit);
        }
        if (size + length > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(size + length, Math.min(limit, bytes.length * 2)));
        }
        System.arraycopy(data, offset, bytes, size, length);
        size += length;
    }

    /**
     * Takes what is ready to send: with {@code everything} all of it, otherwise whole lines only, unless an
     * unfinished line has already waited one round (a prompt without newline must show up eventually).
     * Returns null when there is nothing to send.
     */
    synchronized String take(boolean everything) {
        int end = size;
        if (!everything) {
            int lastNewline = lastIndexOf((byte) '\n');
            boolean partial = lastNewline + 1 < size;
            if (lastNewline >= 0) {
                end = lastNewline + 1;
                partialLineWaited = partial;
            } else if (partial && !partialLineWaited) {
                partialLineWaited = true;
                end = 0;
            } else {
                partialLineWaited = false;
            }
        } else {
            partialLineWaited = false;
        }
        end = completeCharacters(end);
        if (end == 0 && droppedLines == 0) {
            return null;
        }
        String text = new String(bytes, 0, end, StandardCharsets.UTF_8);
        System.arraycopy(bytes, end, bytes, 0, size - end);
        size -= end;
        if (droppedLines > 0) {
            text = "\n[spindle: %,d lines of output were dropped: the cell printed faster than the notebook can show]\n"
                    .formatted(droppedLines) + text;
            droppedLines = 0;
        }
        return text;
    }

    private void dropOldest(int atLeast) {
        int cut = atLeast;
        while (cut < size && bytes[cut - 1] != '\n') {
            cut++;
        }
        droppedLines += countLines(bytes, 0, cut);
        System.arraycopy(bytes, cut, bytes, 0, size - cut);
        size -= cut;
    }

    private int lastIndexOf(byte b) {
        for (int i = size - 1; i >= 0; i--) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    /** Does not split a UTF-8 sequence: its first bytes wait for the rest. */
    private int completeCharacters(int end) {
        for (int back = 1; back <= 3 && end - back >= 0; back++) {
            int b = bytes[end - back] & 0xFF;
            if (b < 0x80) {
                return end;
            }
            if (b >= 0xC0) {
                int needed = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
                return needed > back ? end - back : end;
            }
        }
        return end;
    }

    private static long countLines(byte[] data, int offset, int length) {
        long lines = 0;
        for (int i = offset; i < offset + length; i++) {
            if (data[i] == '\n') {
                lines++;
            }
        }
        return Math.max(lines, 1);
    }
}
