package dev.spindle.kernel.core;

import dev.spindle.kernel.protocol.Header;
import dev.spindle.kernel.protocol.KernelInfoReply;
import dev.spindle.kernel.protocol.ReplyStatus;
import dev.spindle.kernel.spi.LanguageInfo;
import java.util.List;

/**
 * What {@code kernel_info_reply} says. Until the interpreter is ready it describes the JDK the kernel runs on,
 * so the reply never waits for the engine.
 */
public record KernelInfo(String implementationVersion, String readmeUrl) {

    public static final String IMPLEMENTATION = "spindle";
    public static final String JDK_API_DOCS = "https://docs.oracle.com/en/java/javase/25/docs/api/";

    public KernelInfoReply reply(InterpreterHandle interpreter) {
        InterpreterHandle.Profile profile = interpreter.profileIfReady().orElseGet(KernelInfo::whileStarting);
        LanguageInfo language = profile.languageInfo();
        return new KernelInfoReply(ReplyStatus.OK, Header.PROTOCOL_VERSION, IMPLEMENTATION, implementationVersion,
                new KernelInfoReply.LanguageInfoContent(language.name(), language.version(), language.mimetype(),
                        language.fileExtension(), language.pygmentsLexer(), language.codemirrorMode(), "script"),
                profile.banner(),
                List.of(new KernelInfoReply.HelpLink("Java 25 API", JDK_API_DOCS),
                        new KernelInfoReply.HelpLink("Spindle README", readmeUrl)),
                false);
    }

    private static InterpreterHandle.Profile whileStarting() {
        String jdk = Runtime.version().toString();
        return new InterpreterHandle.Profile(LanguageInfo.java(jdk),
                "Spindle: Java " + jdk + " in Jupyter (the Java engine is still starting)");
    }
}
