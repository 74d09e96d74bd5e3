package spindle.exercises.bytecode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BytecodeCacheHiddenTest {

    static final long T0 = 1_700_000_000_000L;

    @TempDir
    Path tmp;

    @Test
    void hashModeIgnoresTouchingButSeesEdits() throws IOException {
        CountingCompiler javac = new CountingCompiler();
        BytecodeCache cache = new BytecodeCache(tmp.resolve("cache"), BytecodeCache.Mode.HASH, javac);
        Path src = write(tmp.resolve("src/A.java"), "class A {}", T0);
        cache.load(src);
        Files.setLastModifiedTime(src, FileTime.fromMillis(T0 + 86_400_000));
        cache.load(src);
        assertEquals(1, javac.calls.get(), "HASH mode: a touched but unchanged file is still valid");
        write(src, "class Z {}", T0);
        assertEquals("compiled(class Z {})", text(cache.load(src)), "same size, same mtime, new content");
        assertEquals(2, javac.calls.get());
    }

    /** Same mtime, different size: TIMESTAMP mode records both, like the pyc header (mtime + size). */
    @Test
    void timestampModeAlsoComparesTheSize() throws IOException {
        CountingCompiler javac = new CountingCompiler();
        BytecodeCache cache = new BytecodeCache(tmp.resolve("cache"), BytecodeCache.Mode.TIMESTAMP, javac);
        Path src = write(tmp.resolve("src/A.java"), "class A {}", T0);
        cache.load(src);
        write(src, "class A { int x; }", T0);
        assertEquals("compiled(class A { int x; })", text(cache.load(src)));
        assertEquals(2, javac.calls.get());
    }

    /** The known blind spot of timestamps (PEP 552's motivation): same size, same mtime, new content. */
    @Test
    void timestampModeTrustsSameMtimeAndSize() throws IOException {
        CountingCompiler javac = new CountingCompiler();
        BytecodeCache cache = new BytecodeCache(tmp.resolve("cache"), BytecodeCache.Mode.TIMESTAMP, javac);
        Path src = write(tmp.resolve("src/A.java"), "class A {}", T0);
        cache.load(src);
        write(src, "class B {}", T0);
        assertEquals("compiled(class A {})", text(cache.load(src)), "TIMESTAMP mode cannot see this edit");
        assertEquals(1, javac.calls.get());
    }

    @Test
    void entriesSurviveANewCacheObject() throws IOException {
        CountingCompiler javac = new CountingCompiler();
        Path src = write(tmp.resolve("src/A.java"), "class A {}", T0);
        new BytecodeCache(tmp.resolve("cache"), BytecodeCache.Mode.HASH, javac).load(src);
        new BytecodeCache(tmp.resolve("cache"), BytecodeCache.Mode.HASH, javac).load(src);
        assertEquals(1, javac.calls.get(), "entries live on disk");
    }

    @Test
    void corruptEntriesAreRecompiled() throws IOException {
        CountingCompiler javac = new CountingCompiler();
        Path dir = tmp.resolve("cache");
        Path src = write(tmp.resolve("src/A.java"), "class A {}", T0);
        new BytecodeCache(dir, BytecodeCache.Mode.TIMESTAMP, javac).load(src);
        try (Stream<Path> entries = Files.walk(dir)) {
            for (Path p : entries.filter(Files::isRegularFile).toList()) {
                Files.write(p, new byte[] {1, 2, 3});
            }
        }
        assertEquals("compiled(class A {})", text(new BytecodeCache(dir, BytecodeCache.Mode.TIMESTAMP, javac).load(src)));
        assertEquals(2, javac.calls.get());
    }

    @Test
    void sameFileNameInTwoDirectoriesGetsTwoEntries() throws IOException {
        CountingCompiler javac = new CountingCompiler();
        BytecodeCache cache = new BytecodeCache(tmp.resolve("cache"), BytecodeCache.Mode.TIMESTAMP, javac);
        Path a = write(tmp.resolve("a/Main.java"), "class Main { /* a */ }", T0);
        Path b = write(tmp.resolve("b/Main.java"), "class Main { /* b */ }", T0);
        for (int i = 0; i < 2; i++) {
            assertEquals("compiled(class Main { /* a */ })", text(cache.load(a)));
            assertEquals("compiled(class Main { /* b */ })", text(cache.load(b)));
        }
        assertEquals(2, javac.calls.get(), "one compilation per source");
    }

    @Test
    void classFileHeaderErrors() {
        assertThrows(IllegalArgumentException.class,
                () -> ClassFiles.featureRelease(new byte[] {0x50, 0x4B, 3, 4, 0, 0, 0, 61}), "a zip, not a class");
        assertThrows(IllegalArgumentException.class,
                () -> ClassFiles.featureRelease(new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0}));
        assertEquals(25, ClassFiles.featureRelease(
                new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0, 0, 69, 0, 1}));
    }

    /** A fake compiler: "compiled(" + content + ")", counting its calls. */
    static final class CountingCompiler implements BytecodeCache.Compiler {
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public byte[] compile(Path source) throws IOException {
            calls.incrementAndGet();
            return ("compiled(" + Files.readString(source) + ")").getBytes(StandardCharsets.UTF_8);
        }
    }

    static Path write(Path file, String content, long mtimeMillis) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        Files.setLastModifiedTime(file, FileTime.fromMillis(mtimeMillis));
        return file;
    }

    static String text(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
