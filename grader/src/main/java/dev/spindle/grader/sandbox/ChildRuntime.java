package dev.spindle.grader.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The child JVM's classpath, copied once into a world-readable folder owned by the grader's user. The sandbox
 * uid cannot read the grader's own build folder or Maven repository, and the AOT cache only matches a
 * classpath at the same paths every time, so every child — sandboxed or not — runs from this copy.
 */
public record ChildRuntime(Path root, List<Path> classpath) {

    public Path aotCache() {
        return root.resolve("child.aot");
    }

    public static ChildRuntime stage(List<Path> entries) {
        try {
            String key = key(entries);
            Path root = Path.of(System.getProperty("java.io.tmpdir"), "spindle-child-runtime-" + key);
            List<Path> classpath = new ArrayList<>();
            for (int i = 0; i < entries.size(); i++) {
                classpath.add(root.resolve(String.format("%02d-%s", i, entries.get(i).getFileName())));
            }
            if (!Files.isDirectory(root) || !ownedByUs(root)) {
                Path temp = Files.createTempDirectory(root.getParent(), "spindle-child-runtime-tmp-");
                for (int i = 0; i < entries.size(); i++) {
                    copyTree(entries.get(i), temp.resolve(classpath.get(i).getFileName()));
                }
                readableByAll(temp);
                try {
                    Files.move(temp, root, StandardCopyOption.ATOMIC_MOVE);
                } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException | java.nio.file.DirectoryNotEmptyException e) {
                    deleteTree(temp);
                }
                if (!ownedByUs(root)) {
                    throw new IOException(root + " exists but belongs to another user; remove it");
                }
            }
            Files.setLastModifiedTime(root, java.nio.file.attribute.FileTime.from(java.time.Instant.now()));
            pruneStale(root.getParent(), root, STALE_AFTER);
            return new ChildRuntime(root, List.copyOf(classpath));
        } catch (IOException e) {
            throw new UncheckedIOException("could not stage the child JVM's classpath", e);
        }
    }

    /** A runtime not staged for this long belongs to an old build: every rebuild of the grader makes a new one. */
    static final java.time.Duration STALE_AFTER = java.time.Duration.ofDays(2);

    /**
     * Removes this user's runtimes (and abandoned half-copies) in {@code folder} that nobody staged within
     * {@code age}; staging touches its folder, so a runtime in use is never stale.
     */
    static void pruneStale(Path folder, Path keep, java.time.Duration age) {
        java.time.Instant cutoff = java.time.Instant.now().minus(age);
        try (Stream<Path> listing = Files.list(folder)) {
            for (Path candidate : listing.filter(p -> p.getFileName().toString().startsWith("spindle-child-runtime-"))
                    .filter(p -> !p.equals(keep)).toList()) {
                if (Files.isDirectory(candidate, java.nio.file.LinkOption.NOFOLLOW_LINKS) && ownedByUs(candidate)
                        && Files.getLastModifiedTime(candidate).toInstant().isBefore(cutoff)) {
                    deleteTree(candidate);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // another grader may be pruning too; leftovers are only disk space
        }
    }

    private static String key(List<Path> entries) throws IOException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(System.getProperty("java.home").getBytes(StandardCharsets.UTF_8));
            for (Path entry : entries) {
                try (Stream<Path> files = Files.walk(entry)) {
                    for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                        sha.update(entry.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
                        sha.update(Long.toString(Files.size(f)).getBytes(StandardCharsets.UTF_8));
                        sha.update(Long.toString(Files.getLastModifiedTime(f).toMillis()).getBytes(StandardCharsets.UTF_8));
                    }
                }
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean ownedByUs(Path p) throws IOException {
        return Files.getAttribute(p, "unix:uid", java.nio.file.LinkOption.NOFOLLOW_LINKS).equals(ourUid());
    }

    private static int ourUid() throws IOException {
        return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("Uid:"))
                .map(l -> Integer.parseInt(l.split("\\s+")[1])).findFirst().orElse(-1);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (Files.isRegularFile(from)) {
            Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
            return;
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static void readableByAll(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.toList()) {
                Files.setPosixFilePermissions(f, PosixFilePermissions.fromString(Files.isDirectory(f) ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
    }

    static void deleteTree(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // leftovers in java.io.tmpdir are harmless
        }
    }
}
