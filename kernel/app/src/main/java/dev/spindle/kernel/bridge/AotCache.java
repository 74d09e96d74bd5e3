package dev.spindle.kernel.bridge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Where the engine's AOT cache (JDK 25, JEP 483/514) lives. The file name hashes the JDK, the options and
 * every class path jar with its size and modification time: the JDK does not always notice a rebuilt jar
 * and would run stale classes, so a changed jar must mean a different file.
 */
record AotCache(Path file) {

    static final String LOCATION_PROPERTY = "spindle.engine.aotCache";
    static final String LOCATION_ENV = "SPINDLE_ENGINE_AOT_CACHE";

    /**
     * The cache for these settings: in {@code dir} (by default {@code $XDG_CACHE_HOME/spindle} or
     * {@code ~/.cache/spindle}). Empty when turned off ({@code off}) or when the class path holds a directory,
     * which the JDK cannot cache.
     */
    static Optional<AotCache> forSettings(Path javaCommand, List<String> classPath, List<String> jvmOptions, Path dir) {
        if (dir == null || classPath.stream().anyMatch(entry -> Files.isDirectory(Path.of(entry)))) {
            return Optional.empty();
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            update(digest, Runtime.version().toString());
            update(digest, javaCommand.toString());
            for (String option : jvmOptions) {
                update(digest, option);
            }
            for (String entry : classPath) {
                Path jar = Path.of(entry);
                update(digest, entry);
                if (Files.exists(jar)) {
                    update(digest, Files.size(jar) + ":" + Files.getLastModifiedTime(jar).toMillis());
                }
            }
            String key = HexFormat.of().formatHex(digest.digest()).substring(0, 16);
            return Optional.of(new AotCache(dir.resolve("engine-" + Runtime.version().feature() + "-" + key + ".aot")));
        } catch (IOException | NoSuchAlgorithmException e) {
            return Optional.empty();
        }
    }

    /** {@code off}, a directory, or unset (the user cache directory). */
    static Path directoryFromEnvironment() {
        String configured = Optional.ofNullable(System.getProperty(LOCATION_PROPERTY)).orElseGet(() -> System.getenv(LOCATION_ENV));
        if ("off".equalsIgnoreCase(configured)) {
            return null;
        }
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("spindle");
    }

    boolean exists() {
        return Files.isRegularFile(file);
    }

    /** Options for an engine that uses the cache; a cache the JDK rejects is skipped silently. */
    List<String> useOptions() {
        return List.of("-XX:AOTCache=" + file, "-Xlog:aot=off", "-Xlog:cds=off");
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }
}
