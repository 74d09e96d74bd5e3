package spindle.exercises.bytecode;

/** Reading the header of a {@code .class} file — Java's counterpart of the pyc magic number. */
public final class ClassFiles {

    private ClassFiles() {
    }

    /**
     * The Java feature release a class file was compiled for: bytes 0–3 are the magic {@code 0xCAFEBABE}, bytes 4–5
     * the minor and 6–7 the major version (big-endian); release = major − 44 (52 → 8, 61 → 17, 69 → 25).
     *
     * @throws IllegalArgumentException if fewer than 8 bytes, a wrong magic, or a major version below 45
     */
    public static int featureRelease(byte[] classFile) {
        throw new UnsupportedOperationException(
                "Implement ClassFiles.featureRelease(bytes): check 0xCAFEBABE, read the big-endian major version, minus 44");
    }
}
