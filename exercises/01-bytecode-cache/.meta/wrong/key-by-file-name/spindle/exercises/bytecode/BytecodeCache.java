package spindle.exercises.bytecode;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/** Wrong: names entries after the source's file name: a/Main.java and b/Main.java overwrite each other's entry. */
public final class BytecodeCache {

    public enum Mode { TIMESTAMP, HASH }

    @FunctionalInterface
    public interface Compiler {
        byte[] compile(Path source) throws IOException;
    }

    private static final int MAGIC = 0x53504E43; // "SPNC"

    private final Path cacheDir;
    private final Mode mode;
    private final Compiler compiler;

    public BytecodeCache(Path cacheDir, Mode mode, Compiler compiler) {
        this.cacheDir = cacheDir;
        this.mode = mode;
        this.compiler = compiler;
    }

    public byte[] load(Path source) throws IOException {
        Files.createDirectories(cacheDir);
        byte[] header = header(source);
        Path entry = cacheDir.resolve(source.getFileName().toString() + ".jcache");
        byte[] cached = readIfValid(entry, header);
        if (cached != null) {
            return cached;
        }
        byte[] code = compiler.compile(source);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(header.length);
            out.write(header);
            out.writeInt(code.length);
            out.write(code);
        }
        Path tmp = Files.createTempFile(cacheDir, "entry", ".tmp");
        Files.write(tmp, bytes.toByteArray());
        Files.move(tmp, entry, StandardCopyOption.REPLACE_EXISTING);
        return code;
    }

    private byte[] header(Path source) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeByte(mode.ordinal());
            if (mode == Mode.TIMESTAMP) {
                out.writeLong(Files.getLastModifiedTime(source).toMillis());
                out.writeLong(Files.size(source));
            } else {
                out.write(sha256(Files.readAllBytes(source)));
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] readIfValid(Path entry, byte[] expectedHeader) {
        try {
            byte[] all = Files.readAllBytes(entry);
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(all));
            int headerLength = in.readInt();
            if (headerLength != expectedHeader.length) {
                return null;
            }
            byte[] header = in.readNBytes(headerLength);
            if (!Arrays.equals(header, expectedHeader)) {
                return null;
            }
            int codeLength = in.readInt();
            if (codeLength < 0 || codeLength != in.available()) {
                return null;
            }
            return in.readNBytes(codeLength);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256Hex(byte[] data) {
        return HexFormat.of().formatHex(sha256(data));
    }
}
