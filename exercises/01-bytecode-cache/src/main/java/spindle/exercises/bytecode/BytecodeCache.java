package spindle.exercises.bytecode;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A {@code __pycache__} for Java sources (生成 .pyc 文件): compile once, reuse the result while the source is
 * unchanged, and decide "unchanged" the way CPython does.
 *
 * <p>Correction to the note: a {@code .pyc} does not compare its own file date with the source's. Its header
 * <em>records</em> the source's modification time and size at compile time (or, since PEP 552, a hash of the source),
 * and the cache is valid when those recorded values still match the source.
 * <ul>
 *   <li>{@link Mode#TIMESTAMP}: valid iff the source's current mtime (in ms) <b>and</b> size equal the recorded ones —
 *       any difference, also an <em>older</em> mtime, means stale.</li>
 *   <li>{@link Mode#HASH}: valid iff the SHA-256 of the source's current content equals the recorded one; the mtime
 *       does not matter (PEP 552's {@code CHECKED_HASH}).</li>
 * </ul>
 * Entries live as files in {@code cacheDir} (format of your choice), so a new {@code BytecodeCache} on the same
 * directory reuses them. Two sources with the same file name in different directories must not share an entry. An
 * unreadable or corrupt entry is simply stale.
 */
public final class BytecodeCache {

    /** How staleness is decided. */
    public enum Mode { TIMESTAMP, HASH }

    /** Turns a source file into "bytecode". The tests pass a counting fake. */
    @FunctionalInterface
    public interface Compiler {
        byte[] compile(Path source) throws IOException;
    }

    public BytecodeCache(Path cacheDir, Mode mode, Compiler compiler) {
        throw new UnsupportedOperationException(
                "Implement BytecodeCache(cacheDir, mode, compiler): remember them; create cacheDir if needed");
    }

    /**
     * @return the compiled form of {@code source}: from the cache if the entry is still valid for the mode, otherwise
     *         freshly compiled (and stored)
     */
    public byte[] load(Path source) throws IOException {
        throw new UnsupportedOperationException(
                "Implement BytecodeCache.load(source): read the entry, validate it (mtime+size or SHA-256), "
                        + "compile and store if stale");
    }
}
