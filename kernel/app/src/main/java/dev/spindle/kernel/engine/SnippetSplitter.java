package dev.spindle.kernel.engine;

import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;

import java.util.ArrayList;
import java.util.List;

/** Cuts a cell into the snippets JShell evaluates one at a time, keeping where each starts in the cell. */
final class SnippetSplitter {

    private final SourceCodeAnalysis analysis;

    SnippetSplitter(SourceCodeAnalysis analysis) {
        this.analysis = analysis;
    }

    List<SourcePiece> split(String code) {
        List<SourcePiece> pieces = new ArrayList<>();
        int offset = 0;
        String rest = code;
        while (!rest.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
            Completeness completeness = info.completeness();
            if (completeness == Completeness.EMPTY) {
                break;
            }
            if (info.source() == null || !completeness.isComplete()) {
                // incomplete or unparsable: JShell's compiler explains what is wrong with it
                pieces.add(new SourcePiece(rest, offset));
                break;
            }
            int consumed = rest.length() - info.remaining().length();
            String source = info.source();
            int lead = source.startsWith(rest.substring(0, Math.min(consumed, source.length()))) ? 0
                    : Math.max(0, rest.indexOf(source.strip()));
            pieces.add(new SourcePiece(source, offset + lead));
            offset += consumed;
            rest = info.remaining();
        }
        return pieces;
    }
}
