package dev.spindle.kernel.engine;

import dev.spindle.kernel.link.EngineEvent;
import dev.spindle.kernel.link.EngineRequest;
import dev.spindle.kernel.spi.MimeBundle;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Runs a cell snippet by snippet on JShell and says how it ended. Knows nothing of Jupyter. */
final class CellEvaluator {

    private final JShell shell;
    private final SpindleExecutionControl control;
    private final SnippetSplitter splitter;
    private final SnippetOrigins origins;
    private final SnippetFrames snippetFrames;
    private final ExceptionReport exceptions;
    private final OutputRouter output;

    CellEvaluator(JShell shell, SpindleExecutionControl control, SnippetOrigins origins, SnippetFrames snippetFrames,
                  OutputRouter output) {
        this.shell = shell;
        this.control = control;
        this.splitter = new SnippetSplitter(shell.sourceCodeAnalysis());
        this.origins = origins;
        this.snippetFrames = snippetFrames;
        this.exceptions = new ExceptionReport(origins, snippetFrames, shell);
        this.output = output;
    }

    /** Evaluates the cell; the returned reply is sent only after the cell's output so far. */
    EngineEvent.Reply execute(EngineRequest.Execute request, CellRun run) {
        CurrentCell.started(run.context());
        CellText text = new CellText(request.code());
        List<SourcePiece> pieces = splitter.split(request.code());
        MimeBundle result = null;
        for (int i = 0; i < pieces.size(); i++) {
            if (run.interrupted()) {
                return failed(request, interrupted());
            }
            SourcePiece piece = pieces.get(i);
            control.forgetLastValue();
            // JShell numbers stack-trace lines from the first non-blank character of the snippet
            int firstCode = piece.start() + (piece.source().length() - piece.source().stripLeading().length());
            origins.evaluating(request.executionCount(), text.lineOf(firstCode));
            SnippetEvent main = mainEvent(shell.eval(piece.source()));
            origins.evaluated();
            if (main == null) {
                continue;
            }
            origins.record(main.snippet().id(), request.executionCount(), text.lineOf(firstCode));
            if (main.status() == Snippet.Status.REJECTED) {
                return failed(request, CompileErrorReport.of(shell.diagnostics(main.snippet()).toList(), piece, text));
            }
            snippetFrames.record(main.snippet().id(), shell.sourceCodeAnalysis().wrapper(main.snippet()));
            if (main.exception() != null) {
                return failed(request, exceptions.of(main.exception(), run.interrupted()));
            }
            if (run.interrupted()) {
                return failed(request, interrupted());
            }
            noteUnresolved(run.context(), main);
            if (i == pieces.size() - 1 && showsValue(main) && !isDisplayCall(piece) && !request.silent()) {
                result = MimeConversion.result(control.lastValue(), main.value());
            }
            forgetTemporary(main.snippet());
        }
        return new EngineEvent.ExecuteSucceeded(request.requestId(), result, userExpressions(request));
    }

    /**
     * Drops the {@code $n} variable JShell makes for every expression: nobody sees its name in a notebook, and
     * each one kept adds an import line that every later snippet compiles (a trivial cell's compile time
     * grew by half over a few hundred cells).
     */
    private void forgetTemporary(Snippet snippet) {
        if (snippet.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND) {
            shell.drop(snippet);
        }
    }

    private EngineEvent.ExecuteFailed failed(EngineRequest.Execute request, CellFailure failure) {
        return new EngineEvent.ExecuteFailed(request.requestId(), failure.ename(), failure.evalue(),
                failure.traceback(), userExpressions(request));
    }

    static CellFailure interrupted() {
        String evalue = "the cell was interrupted";
        return new CellFailure(ExceptionReport.INTERRUPTED, evalue,
                List.of(Ansi.errorName(ExceptionReport.INTERRUPTED) + ": " + evalue));
    }

    private static SnippetEvent mainEvent(List<SnippetEvent> events) {
        return events.stream().filter(event -> event.causeSnippet() == null).findFirst().orElse(null);
    }

    private static boolean showsValue(SnippetEvent event) {
        Snippet.SubKind kind = event.snippet().subKind();
        return event.value() != null
                && (kind == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND || kind == Snippet.SubKind.VAR_VALUE_SUBKIND);
    }

    /** {@code display(x)} returns its display id; as a cell's last line it shows x, not the id. */
    private static boolean isDisplayCall(SourcePiece piece) {
        String source = piece.source().strip();
        return source.startsWith("display(") || source.startsWith("Display.display(");
    }

    /** A declaration that uses something not declared yet is kept; say so instead of failing. */
    private void noteUnresolved(CellContext cell, SnippetEvent event) {
        if (event.status() != Snippet.Status.RECOVERABLE_DEFINED
                && event.status() != Snippet.Status.RECOVERABLE_NOT_DEFINED) {
            return;
        }
        if (!(event.snippet() instanceof DeclarationSnippet declaration)) {
            return;
        }
        String missing = shell.unresolvedDependencies(declaration).collect(Collectors.joining(", "));
        byte[] note = ("note: " + declaration.name() + " was declared, but it cannot be used until " + missing
                + " is declared\n").getBytes(StandardCharsets.UTF_8);
        output.write(cell.cellId(), StreamKind.STDERR, note, 0, note.length);
    }

    private Map<String, Map<String, Object>> userExpressions(EngineRequest.Execute request) {
        if (request.userExpressions().isEmpty()) {
            return Map.of();
        }
        Map<String, Map<String, Object>> results = new LinkedHashMap<>();
        request.userExpressions().forEach((name, expression) -> results.put(name, userExpression(expression)));
        return results;
    }

    private Map<String, Object> userExpression(String expression) {
        SnippetEvent event = mainEvent(shell.eval(expression));
        if (event == null || event.status() == Snippet.Status.REJECTED || event.exception() != null) {
            String evalue = event == null ? "not an expression" : event.exception() != null
                    ? String.valueOf(event.exception().getMessage())
                    : shell.diagnostics(event.snippet()).map(d -> d.getMessage(null)).collect(Collectors.joining("; "));
            return Map.of("status", "error", "ename", "UserExpressionError", "evalue", evalue, "traceback", List.of());
        }
        shell.drop(event.snippet());
        return Map.of("status", "ok", "data", Map.of("text/plain", String.valueOf(event.value())), "metadata", Map.of());
    }
}
