package dev.spindle.kernel.spi;

/** The {@code language_info} of {@code kernel_info_reply}. {@code version} is the JDK the user code runs on. */
public record LanguageInfo(
        String name,
        String version,
        String mimetype,
        String fileExtension,
        String pygmentsLexer,
        String codemirrorMode) {

    public static LanguageInfo java(String jdkVersion) {
        return new LanguageInfo("java", jdkVersion, "text/x-java", ".java", "java", "java");
    }
}
