package dev.spindle.kernel.engine;

import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;

import java.io.File;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;

/** Builds the JShell that cells run on: local execution, teaching flags, default imports, warmed up. */
final class ShellSetup {

    /** jshell's default imports plus what the concurrency lessons use everywhere. */
    static final List<String> DEFAULT_IMPORTS = List.of(
            "java.io.*", "java.math.*", "java.net.*", "java.nio.file.*", "java.time.*", "java.util.*",
            "java.util.concurrent.*", "java.util.concurrent.atomic.*", "java.util.concurrent.locks.*",
            "java.util.function.*", "java.util.regex.*", "java.util.stream.*");
    static final List<String> RUNTIME_IMPORTS = List.of(
            "import dev.spindle.runtime.*;", "import static dev.spindle.runtime.Display.*;");

    private ShellSetup() {
    }

    /** {@code compileClassPath}: what cells may name in their code (the runtime, the lessons, extra jars). */
    static JShell create(SpindleExecutionControl control, List<String> compileClassPath, InputStream in,
                         PrintStream out, PrintStream err) {
        JShell shell = JShell.builder()
                .executionEngine(control.provider(), null)
                .compilerOptions("--enable-preview", "--source", String.valueOf(Runtime.version().feature()),
                        "--add-exports", "java.base/jdk.internal.vm=ALL-UNNAMED")
                .in(in).out(out).err(err)
                .build();
        if (!compileClassPath.isEmpty()) {
            shell.addToClasspath(String.join(File.pathSeparator, compileClassPath));
        }
        for (String pkg : DEFAULT_IMPORTS) {
            mustWork(shell, "import " + pkg + ";");
        }
        RUNTIME_IMPORTS.forEach(source -> mustWork(shell, source));
        return shell;
    }

    /** Runs javac and the completion machinery once, so that the first cell does not pay for it. */
    static void warmUp(JShell shell) {
        for (SnippetEvent event : shell.eval("int $spindleWarmUp = java.util.List.of(1, 2).size() + 1;")) {
            shell.drop(event.snippet());
        }
        shell.sourceCodeAnalysis().completionSuggestions("System.out.pri", 14, new int[1]);
        shell.sourceCodeAnalysis().analyzeCompletion("int x = 1;");
    }

    private static void mustWork(JShell shell, String source) {
        for (SnippetEvent event : shell.eval(source)) {
            if (event.status() == Snippet.Status.REJECTED) {
                throw new IllegalStateException("engine start-up snippet rejected: " + source + ": "
                        + shell.diagnostics(event.snippet()).map(d -> d.getMessage(null)).toList());
            }
        }
    }
}
