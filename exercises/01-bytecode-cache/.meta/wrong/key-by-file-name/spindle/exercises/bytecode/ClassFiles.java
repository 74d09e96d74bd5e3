package spindle.exercises.bytecode;

/** Reference. */
public final class ClassFiles {

    private ClassFiles() {
    }

    public static int featureRelease(byte[] classFile) {
        if (classFile == null || classFile.length < 8) {
            throw new IllegalArgumentException("not a class file: shorter than 8 bytes");
        }
        int magic = ((classFile[0] & 0xff) << 24) | ((classFile[1] & 0xff) << 16)
                | ((classFile[2] & 0xff) << 8) | (classFile[3] & 0xff);
        if (magic != 0xCAFEBABE) {
            throw new IllegalArgumentException(String.format("bad magic 0x%08X", magic));
        }
        int major = ((classFile[6] & 0xff) << 8) | (classFile[7] & 0xff);
        if (major < 45) {
            throw new IllegalArgumentException("major version " + major + " is older than Java 1.0");
        }
        return major - 44;
    }
}
