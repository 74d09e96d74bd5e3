package dev.spindle.kernel.engine;

import dev.spindle.kernel.spi.Completeness;
import jdk.jshell.SourceCodeAnalysis;

import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.net.URI;
import java.util.List;

/**
 * Answers "can this cell run as typed?". JShell's analysis tells complete from unfinished but calls
 * {@code 1 +* 2} complete, so complete pieces also pass a parse-only javac check.
 */
final class CompletenessChecker {

    private static final String INDENT = "    ";
    private final SourceCodeAnalysis analysis;
    private final JavaCompiler javac = ToolProvider.getSystemJavaCompiler();

    CompletenessChecker(SourceCodeAnalysis analysis) {
        this.analysis = analysis;
    }

    Completeness check(String code) {
        String rest = code;
        while (!rest.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
            switch (info.completeness()) {
                case EMPTY -> {
                    return Completeness.of(Completeness.Status.COMPLETE);
                }
                case DEFINITELY_INCOMPLETE, CONSIDERED_INCOMPLETE -> {
                    return new Completeness(Completeness.Status.INCOMPLETE, INDENT.repeat(Math.max(1, openBraces(code))));
                }
                case UNKNOWN -> {
                    return Completeness.of(Completeness.Status.INVALID);
                }
                default -> {
                    if (!parses(info.source())) {
                        return Completeness.of(Completeness.Status.INVALID);
                    }
                    rest = info.remaining();
                }
            }
        }
        return Completeness.of(Completeness.Status.COMPLETE);
    }

    /** Some wrapping of the snippet (statement, member, expression, import) must parse cleanly. */
    private boolean parses(String snippet) {
        String bare = snippet.strip();
        while (bare.endsWith(";")) {
            bare = bare.substring(0, bare.length() - 1).strip();
        }
        return parsesAs("class $W { void $m() {\n" + snippet + "\n;} }")
                || parsesAs("class $W {\n" + snippet + "\n}")
                || parsesAs("class $W { Object $v = (\n" + bare + "\n); }")
                || parsesAs(snippet + "\nclass $W {}");
    }

    private boolean parsesAs(String source) {
        if (javac == null) {
            return true;
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///$W.java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
        var task = (com.sun.source.util.JavacTask) javac.getTask(null, null, diagnostics,
                List.of("-proc:none", "--enable-preview", "--release", String.valueOf(Runtime.version().feature())),
                null, List.of(file));
        try {
            task.parse();
        } catch (IOException e) {
            return false;
        }
        return diagnostics.getDiagnostics().stream().noneMatch(d -> d.getKind() == javax.tools.Diagnostic.Kind.ERROR);
    }

    /** Depth of unclosed braces, ignoring those in strings, characters and comments. */
    static int openBraces(String code) {
        int depth = 0;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '/' && i + 1 < code.length() && code.charAt(i + 1) == '/') {
                i = code.indexOf('\n', i) < 0 ? code.length() : code.indexOf('\n', i);
            } else if (c == '/' && i + 1 < code.length() && code.charAt(i + 1) == '*') {
                int close = code.indexOf("*/", i + 2);
                i = close < 0 ? code.length() : close + 1;
            } else if (c == '"' || c == '\'') {
                i++;
                while (i < code.length() && code.charAt(i) != c) {
                    i += code.charAt(i) == '\\' ? 2 : 1;
                }
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            }
        }
        return depth;
    }
}
