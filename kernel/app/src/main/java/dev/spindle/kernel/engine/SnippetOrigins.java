package dev.spindle.kernel.engine;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Where each snippet came from, so stack frames of JShell snippets ({@code #12:3}) read as cell lines. */
final class SnippetOrigins {

    record Origin(int executionCount, int firstLine) {
    }

    private final Map<String, Origin> bySnippetId = new ConcurrentHashMap<>();
    private volatile Origin evaluating;

    void record(String snippetId, int executionCount, int firstLine) {
        bySnippetId.put(snippetId, new Origin(executionCount, firstLine));
    }

    /** The snippet JShell is running now: a thread it started may fail before JShell says its id. */
    void evaluating(int executionCount, int firstLine) {
        evaluating = new Origin(executionCount, firstLine);
    }

    void evaluated() {
        evaluating = null;
    }

    /** "cell [4], line 7" for a frame of snippet {@code #id} at snippet line {@code line}. */
    String describe(String snippetFile, int line) {
        Origin origin = bySnippetId.get(snippetFile.startsWith("#") ? snippetFile.substring(1) : snippetFile);
        if (origin == null) {
            origin = evaluating;
        }
        if (origin == null) {
            return "snippet " + snippetFile + ", line " + line;
        }
        return "cell [" + origin.executionCount() + "], line " + (origin.firstLine() + line - 1);
    }
}
