package dev.spindle.kernel.engine;

import dev.spindle.kernel.spi.Completion;
import jdk.jshell.SourceCodeAnalysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Completion from JShell: members, types, packages, keywords. Matches are bare names ({@code println}, not
 * {@code println(}); those whose type fits the context come first.
 */
final class CodeCompleter {

    private final SourceCodeAnalysis analysis;

    CodeCompleter(SourceCodeAnalysis analysis) {
        this.analysis = analysis;
    }

    Completion complete(String code, int cursor) {
        int charCursor = CodePoints.toCharIndex(code, cursor);
        int[] anchor = new int[1];
        List<SourceCodeAnalysis.Suggestion> suggestions = analysis.completionSuggestions(code, charCursor, anchor);
        Map<String, String> kinds = new LinkedHashMap<>();
        for (boolean fitting : new boolean[] {true, false}) {
            for (SourceCodeAnalysis.Suggestion suggestion : suggestions) {
                if (suggestion.matchesType() == fitting) {
                    String continuation = suggestion.continuation();
                    boolean call = continuation.endsWith("(") || continuation.endsWith("()");
                    String name = call ? continuation.substring(0, continuation.indexOf('(')) : continuation;
                    kinds.putIfAbsent(name, call ? "function" : "");
                }
            }
        }
        int start = CodePoints.toCodePoints(code, anchor[0]);
        List<Map<String, Object>> types = new ArrayList<>();
        kinds.forEach((name, kind) -> types.add(Map.of("start", start, "end", cursor, "text", name, "type", kind)));
        return new Completion(List.copyOf(kinds.keySet()), start, cursor,
                Map.of("_jupyter_types_experimental", types));
    }
}
