package dev.spindle.kernel.engine;

import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SourceCodeAnalysis.SnippetWrapper;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns raw frames of snippet classes ({@code REPL.$JShell$12.lambda$do_it$0}, wrapper line 14) into the form
 * JShell gives the exceptions it catches itself ({@code lambda$do_it$0} in {@code #12}, snippet line 2). A
 * thread that cell code started fails outside JShell's reach, so its frames are raw.
 */
final class SnippetFrames {

    private static final Pattern WRAPPER_CLASS = Pattern.compile("^REPL\\.\\$JShell\\$\\d+[A-Z]*");
    private static final String DO_IT = "do_it$";

    private final JShell shell;
    private final Map<String, SnippetWrapper> byClassName = new ConcurrentHashMap<>();
    private final Map<String, String> snippetIds = new ConcurrentHashMap<>();

    SnippetFrames(JShell shell) {
        this.shell = shell;
    }

    /** Called on the evaluation thread for every snippet JShell accepted. */
    void record(String snippetId, SnippetWrapper wrapper) {
        byClassName.put(wrapper.fullClassName(), wrapper);
        snippetIds.put(wrapper.fullClassName(), snippetId);
    }

    /**
     * A snippet still running is not recorded yet; JShell is then waiting for it, so reading its snippet list
     * from another thread is safe enough (a failure here only costs the translation).
     */
    private SnippetWrapper find(String className) {
        SnippetWrapper known = byClassName.get(className);
        if (known != null) {
            return known;
        }
        for (Snippet snippet : shell.snippets().toList()) {
            SnippetWrapper wrapper = shell.sourceCodeAnalysis().wrapper(snippet);
            if (wrapper.fullClassName().equals(className)) {
                record(snippet.id(), wrapper);
                return wrapper;
            }
        }
        return null;
    }

    StackTraceElement[] translate(StackTraceElement[] raw) {
        StackTraceElement[] translated = raw.clone();
        for (int i = 0; i < raw.length; i++) {
            translated[i] = translate(raw[i]);
        }
        return translated;
    }

    private StackTraceElement translate(StackTraceElement frame) {
        Matcher wrapperClass = WRAPPER_CLASS.matcher(frame.getClassName());
        if (!wrapperClass.find()) {
            return frame;
        }
        String outer = wrapperClass.group();
        SnippetWrapper wrapper = find(outer);
        int line = wrapper == null ? -1 : snippetLine(wrapper, frame.getLineNumber());
        if (line < 0) {
            return frame;
        }
        String nested = frame.getClassName().length() > outer.length() ? frame.getClassName().substring(outer.length() + 1) : "";
        String method = frame.getMethodName().equals(DO_IT) ? "" : frame.getMethodName();
        return new StackTraceElement(nested, method, "#" + snippetIds.get(outer), line);
    }

    /** The line in the snippet, counted from its first non-blank character as JShell does; -1 outside it. */
    private static int snippetLine(SnippetWrapper wrapper, int wrappedLine) {
        String wrapped = wrapper.wrapped();
        int start = 0;
        for (int n = 1; n < wrappedLine && start >= 0; n++) {
            start = wrapped.indexOf('\n', start) + 1;
            if (start == 0) {
                return -1;
            }
        }
        while (start < wrapped.length() && Character.isWhitespace(wrapped.charAt(start)) && wrapped.charAt(start) != '\n') {
            start++;
        }
        int position = wrapper.wrappedToSourcePosition(start);
        String source = wrapper.source();
        if (position < 0 || position > source.length()) {
            return -1;
        }
        int firstCode = source.length() - source.stripLeading().length();
        int line = 1;
        for (int i = firstCode; i < position; i++) {
            if (source.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
