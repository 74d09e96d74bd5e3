package dev.spindle.kernel.core;

import dev.spindle.kernel.protocol.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Input history kept across kernel processes, in one JSON-lines file ({@code history.jsonl}) with one entry per
 * line. Every kernel process takes a new session number, greater than every earlier one, from
 * {@code last-session}. Writers on the same directory, in this process or others, take a file lock, so kernels
 * running side by side do not interleave half lines. Nothing is read or written until first needed, which keeps
 * it off the start-up path. When a new session begins and the file has grown past {@link #DEFAULT_LIMIT_BYTES},
 * the oldest entries are dropped until it holds half of that.
 */
public final class HistoryStore {

    public static final String ENV_DIRECTORY = "SPINDLE_HISTORY_DIR";

    private static final System.Logger LOG = System.getLogger(HistoryStore.class.getName());
    // FileChannel locks are per process: two stores of one JVM on the same directory must also exclude each other.
    private static final Object IN_PROCESS_LOCK = new Object();

    static final long DEFAULT_LIMIT_BYTES = 16L << 20;

    private final Path directory;
    private final long limitBytes;
    private int session;

    public HistoryStore(Path directory) {
        this(directory, DEFAULT_LIMIT_BYTES);
    }

    HistoryStore(Path directory, long limitBytes) {
        this.directory = directory;
        this.limitBytes = limitBytes;
    }

    /** {@code $SPINDLE_HISTORY_DIR}, else {@code ${XDG_DATA_HOME:-~/.local/share}/spindle/history}. */
    public static Path defaultDirectory(Map<String, String> env) {
        String explicit = env.get(ENV_DIRECTORY);
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path data = xdg != null && !xdg.isBlank()
                ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".local", "share");
        return data.resolve("spindle").resolve("history");
    }

    /** This process's session number, taken on first use. */
    public synchronized int session() {
        if (session == 0) {
            session = withLock(() -> {
                Path counter = directory.resolve("last-session");
                int last = Files.exists(counter) ? Integer.parseInt(Files.readString(counter).strip()) : 0;
                Files.writeString(counter, Integer.toString(last + 1));
                compactIfLarge();
                return last + 1;
            });
        }
        return session;
    }

    public void append(int line, String input, String output) {
        HistoryEntry entry = new HistoryEntry(session(), line, input, output);
        withLock(() -> {
            byte[] json = Json.mapper().writeValueAsBytes(entry);
            Files.write(history(), concat(json, new byte[] {'\n'}), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            return null;
        });
    }

    /** Every entry, oldest first. Lines that do not parse (a crashed writer) are skipped. */
    public List<HistoryEntry> readAll() {
        List<HistoryEntry> entries = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(history(), StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    try {
                        entries.add(Json.mapper().readValue(line, HistoryEntry.class));
                    } catch (IOException e) {
                        LOG.log(System.Logger.Level.DEBUG, "skipping a broken history line");
                    }
                }
            }
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    /** Keeps the newest lines that fit in half the limit; called under the lock. */
    private void compactIfLarge() throws IOException {
        Path history = history();
        if (!Files.exists(history) || Files.size(history) <= limitBytes) {
            return;
        }
        List<String> lines = Files.readAllLines(history, StandardCharsets.UTF_8);
        long kept = 0;
        int first = lines.size();
        while (first > 0 && kept + lines.get(first - 1).length() + 1 <= limitBytes / 2) {
            first--;
            kept += lines.get(first).length() + 1;
        }
        Path compacted = directory.resolve("history.jsonl.tmp");
        Files.write(compacted, lines.subList(first, lines.size()), StandardCharsets.UTF_8);
        Files.move(compacted, history, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        LOG.log(System.Logger.Level.INFO, "history: dropped the {0} oldest entries to stay under {1} bytes",
                first, limitBytes);
    }

    private Path history() {
        return directory.resolve("history.jsonl");
    }

    private interface LockedAction<T> {
        T run() throws IOException;
    }

    private <T> T withLock(LockedAction<T> action) {
        synchronized (IN_PROCESS_LOCK) {
            try {
                Files.createDirectories(directory);
                try (FileChannel lockFile = FileChannel.open(directory.resolve("lock"),
                        StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                     FileLock lock = lockFile.lock()) {
                    return action.run();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static byte[] concat(byte[] first, byte[] second) {
        return ByteBuffer.allocate(first.length + second.length).put(first).put(second).array();
    }
}
