package dev.spindle.kernel.engine;

import dev.spindle.kernel.spi.Inspection;
import dev.spindle.kernel.spi.MimeBundle;
import jdk.jshell.SourceCodeAnalysis;

import java.util.List;
import java.util.Map;

/**
 * Signature and Javadoc of what is at the cursor, for JDK types (from the JDK's {@code src.zip}) and for
 * what cells declared. Works with the cursor on a name or inside a call's parentheses.
 */
final class DocumentationLookup {

    private static final int MAX_ENTRIES = 12;
    private final SourceCodeAnalysis analysis;

    DocumentationLookup(SourceCodeAnalysis analysis) {
        this.analysis = analysis;
    }

    Inspection inspect(String code, int cursor, int detailLevel) {
        int charCursor = CodePoints.toCharIndex(code, cursor);
        int nameEnd = charCursor;
        while (nameEnd < code.length() && Character.isJavaIdentifierPart(code.charAt(nameEnd))) {
            nameEnd++;
        }
        String upToName = code.substring(0, nameEnd);
        List<SourceCodeAnalysis.Documentation> docs = analysis.documentation(upToName, nameEnd, true);
        if (docs.isEmpty()) {
            docs = analysis.documentation(upToName + "(", nameEnd + 1, true);
        }
        if (docs.isEmpty() && charCursor != nameEnd) {
            docs = analysis.documentation(code, charCursor, true);
        }
        if (docs.isEmpty()) {
            return Inspection.notFound();
        }
        StringBuilder plain = new StringBuilder();
        StringBuilder html = new StringBuilder();
        boolean full = detailLevel > 0 || docs.size() == 1;
        for (SourceCodeAnalysis.Documentation doc : docs.subList(0, Math.min(docs.size(), MAX_ENTRIES))) {
            plain.append(Ansi.bold(doc.signature())).append('\n');
            html.append("<p><code><b>").append(JavadocText.escape(doc.signature())).append("</b></code></p>");
            if (doc.javadoc() != null && (full || doc == docs.getFirst())) {
                plain.append(JavadocText.plain(doc.javadoc())).append("\n\n");
                html.append("<div>").append(JavadocText.html(doc.javadoc())).append("</div>");
            }
        }
        if (docs.size() > MAX_ENTRIES) {
            plain.append("... and ").append(docs.size() - MAX_ENTRIES).append(" more\n");
        }
        return new Inspection(true, new MimeBundle(
                Map.of("text/plain", plain.toString().strip(), "text/html", html.toString()), Map.of()));
    }
}
