package dev.spindle.kernel.bridge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The folder of engine AOT caches. Every rebuild of the jars means a new cache of about 40 MB, so old ones are
 * pruned, as is what a training that died left behind (its lock, partial files, log).
 */
record AotCacheFolder(Path folder) {

    private static final String PREFIX = "engine-";

    /** Keeps {@code keep} caches (the newest, always including {@code current}); removes leftovers of dead trainings. */
    void prune(Path current, int keep, Duration staleLock) throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(p -> p.getFileName().toString().startsWith(PREFIX)).toList();
        }
        List<Path> caches = files.stream().filter(p -> p.getFileName().toString().endsWith(".aot"))
                .filter(p -> !p.equals(current))
                .sorted(Comparator.comparing(AotCacheFolder::modified).reversed())
                .toList();
        for (Path old : caches.stream().skip(Math.max(0, keep - 1)).toList()) {
            deleteTraining(old);
            Files.deleteIfExists(old);
        }
        for (Path lock : files.stream().filter(p -> p.getFileName().toString().endsWith(".aot.training")).toList()) {
            if (isStaleLock(lock, staleLock)) {
                Path cache = Path.of(lock.toString().substring(0, lock.toString().length() - ".training".length()));
                deleteTraining(cache);
            }
        }
    }

    private static void deleteTraining(Path cache) throws IOException {
        for (String suffix : List.of(".training", ".partial", ".partial.config", ".log", ".failed")) {
            Files.deleteIfExists(cache.resolveSibling(cache.getFileName() + suffix));
        }
    }

    /** A lock is stale when the process it names has ended, or when it is older than {@code age}. */
    static boolean isStaleLock(Path lock, Duration age) throws IOException {
        if (!Files.exists(lock)) {
            return false;
        }
        if (modified(lock).toInstant().isBefore(Instant.now().minus(age))) {
            return true;
        }
        String owner = Files.readString(lock, StandardCharsets.US_ASCII).strip();
        try {
            return ProcessHandle.of(Long.parseLong(owner)).map(p -> !p.isAlive()).orElse(true);
        } catch (NumberFormatException e) {
            return true; // written by an older Spindle, or torn: nobody can be waiting on it
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.from(Instant.EPOCH);
        }
    }
}
