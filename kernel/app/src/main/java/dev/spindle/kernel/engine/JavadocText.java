package dev.spindle.kernel.engine;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Raw Javadoc comment text to plain text and to HTML, good enough for a tooltip. */
final class JavadocText {

    private static final Pattern INLINE_TAG = Pattern.compile("\\{@(code|literal|link|linkplain|value)\\s+([^}]*)}");
    private static final Pattern BLOCK_TAG = Pattern.compile("(?m)^\\s*@(param|return|throws|exception|see|since|apiNote|implSpec|implNote)\\b\\s*");
    private static final Pattern HTML_TAG = Pattern.compile("<[^>]+>");

    private JavadocText() {
    }

    static String plain(String javadoc) {
        String text = replaceInline(javadoc, false);
        text = BLOCK_TAG.matcher(text).replaceAll(m -> "\n" + heading(m.group(1)) + " ");
        text = text.replaceAll("(?i)<p>|<br>", "\n");
        text = HTML_TAG.matcher(text).replaceAll("");
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").strip();
    }

    static String html(String javadoc) {
        String text = replaceInline(javadoc, true);
        return BLOCK_TAG.matcher(text).replaceAll(m -> "<br><b>" + heading(m.group(1)) + "</b> ");
    }

    private static String replaceInline(String javadoc, boolean html) {
        Matcher matcher = INLINE_TAG.matcher(javadoc);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String body = matcher.group(2).strip();
            if (matcher.group(1).startsWith("link")) {
                int space = body.indexOf(' ');
                body = space > 0 ? body.substring(space + 1) : body.replace('#', '.');
            }
            String shown = html ? "<code>" + escape(body) + "</code>" : body;
            matcher.appendReplacement(out, Matcher.quoteReplacement(shown));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String heading(String tag) {
        return switch (tag) {
            case "param" -> "Parameter:";
            case "return" -> "Returns:";
            case "throws", "exception" -> "Throws:";
            case "see" -> "See:";
            case "since" -> "Since:";
            default -> tag + ":";
        };
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
