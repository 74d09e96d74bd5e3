package dev.spindle.kernel.protocol;

import java.util.List;

/** {@code kernel_info_reply}. */
public record KernelInfoReply(ReplyStatus status, String protocolVersion, String implementation,
                              String implementationVersion, LanguageInfoContent languageInfo, String banner,
                              List<HelpLink> helpLinks, boolean debugger) implements Content {

    /** {@code language_info}, with the {@code nbconvert_exporter} the interpreter does not know about. */
    public record LanguageInfoContent(String name, String version, String mimetype, String fileExtension,
                                      String pygmentsLexer, String codemirrorMode, String nbconvertExporter) {
    }

    public record HelpLink(String text, String url) {
    }
}
