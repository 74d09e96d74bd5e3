package dev.spindle.kernel.engine;

import static org.assertj.core.api.Assertions.assertThat;

import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.execution.LocalExecutionControlProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

class SnippetClassFilesTest {

    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private final JShell shell = JShell.builder()
            .executionEngine(new LocalExecutionControlProvider(), Map.of())
            .out(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
            .build();
    private final SnippetClassFiles classFiles = SnippetClassFiles.of(shell, new PrintStream(log, true, StandardCharsets.UTF_8));

    @AfterEach
    void close() {
        shell.close();
    }

    @Test
    void classFilesOfReplacedSnippetsAreForgottenAndLaterSnippetsStillWork() {
        assertThat(classFiles.count()).as("reachable: " + log).isNotNegative();
        eval("class Point { int x = 1; }");
        eval("Point make() { return new Point(); }");
        eval("Point p = make();");
        eval("Runnable show = () -> System.out.print(p.x);");
        for (int i = 0; i < 600; i++) {
            eval("int counter" + (i % 10) + " = " + i + ";");
            classFiles.pruneIfGrown();
        }

        assertThat(classFiles.count()).as("604 snippets compiled, 14 of them active")
                .isBetween(14, SnippetClassFiles.MIN_BEFORE_PRUNING);
        assertThat(value("counter9 + counter0")).isEqualTo("1189");
        assertThat(value("p.x")).isEqualTo("1");
        eval("class Point { int x = 2; int y = 3; }");
        assertThat(value("make().y")).as("a dependent of a redefined class is recompiled against it").isEqualTo("3");
        eval("p = make();");
        assertThat(value("p.x + p.y")).isEqualTo("5");
        eval("record Pair(int a, int b) {}");
        assertThat(value("new Pair(4, 5).b()")).isEqualTo("5");
    }

    @Test
    void nothingIsPrunedWhileFew() {
        eval("int a = 1;");
        eval("int a = 2;");
        int before = classFiles.count();
        classFiles.pruneIfGrown();
        assertThat(classFiles.count()).isEqualTo(before);
    }

    @Test
    void nestedClassesBelongToTheirSnippetClass() {
        assertThat(SnippetClassFiles.outerClassOf("REPL.$JShell$12B$Point")).isEqualTo("REPL.$JShell$12B");
        assertThat(SnippetClassFiles.outerClassOf("REPL.$JShell$7")).isEqualTo("REPL.$JShell$7");
    }

    private void eval(String source) {
        List<SnippetEvent> events = shell.eval(source);
        assertThat(events).as(source).isNotEmpty();
        SnippetEvent main = events.getFirst();
        assertThat(main.status()).as(source + ": " + shell.diagnostics(main.snippet()).map(d -> d.getMessage(null)).toList())
                .isIn(Snippet.Status.VALID, Snippet.Status.RECOVERABLE_DEFINED);
        assertThat(main.exception()).as(source).isNull();
    }

    private String value(String expression) {
        List<SnippetEvent> events = shell.eval(expression);
        SnippetEvent main = events.getFirst();
        assertThat(main.status()).as(expression + ": " + shell.diagnostics(main.snippet()).map(d -> d.getMessage(null)).toList())
                .isEqualTo(Snippet.Status.VALID);
        shell.drop(main.snippet());
        return main.value();
    }
}
