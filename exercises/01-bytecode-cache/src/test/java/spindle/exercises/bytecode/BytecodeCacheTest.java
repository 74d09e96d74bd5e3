package spindle.exercises.bytecode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.InputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BytecodeCacheTest {

    static final long T0 = 1_700_000_000_000L;

    @TempDir
    Path tmp;

    @Test
    void secondLoadOfAnUnchangedSourceUsesTheCache() throws IOException {
        CountingCompiler javac = new CountingCompiler();
        BytecodeCache cache = new BytecodeCache(tmp.resolve("cache"), BytecodeCache.Mode.TIMESTAMP, javac);
        Path src = write(tmp.resolve("src/A.java"), "class A {}", T0);
        assertEquals("compiled(class A {})", text(cache.load(src)));
        assertEquals("compiled(class A {})", text(cache.load(src)));
        assertEquals(1, javac.calls.get(), "compilations");
    }

    @Test
    void timestampModeRecompilesWhenTheMtimeChangesEitherWay() throws IOException {
        CountingCompiler javac = new CountingCompiler();
        BytecodeCache cache = new BytecodeCache(tmp.resolve("cache"), BytecodeCache.Mode.TIMESTAMP, javac);
        Path src = write(tmp.resolve("src/A.java"), "class A {}", T0);
        cache.load(src);
        Files.setLastModifiedTime(src, FileTime.fromMillis(T0 + 60_000));
        cache.load(src);
        assertEquals(2, javac.calls.get(), "a newer mtime makes the entry stale");
        write(src, "class B {}", T0 - 3_600_000);
        assertEquals("compiled(class B {})", text(cache.load(src)),
                "an OLDER mtime (a restored backup, a git checkout) must also make the entry stale");
        assertEquals(3, javac.calls.get());
    }

    @Test
    void featureReleaseFromTheClassFileHeader() throws IOException {
        byte[] java8 = {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0, 0, 52};
        byte[] java17 = {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0, 0, 61};
        assertEquals(8, ClassFiles.featureRelease(java8));
        assertEquals(17, ClassFiles.featureRelease(java17));
        try (InputStream in = Object.class.getResourceAsStream("Object.class")) {
            assertEquals(Runtime.version().feature(), ClassFiles.featureRelease(in.readAllBytes()),
                    "java.lang.Object of the running JDK");
        }
        assertThrows(IllegalArgumentException.class, () -> ClassFiles.featureRelease(new byte[] {1, 2, 3}));
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
