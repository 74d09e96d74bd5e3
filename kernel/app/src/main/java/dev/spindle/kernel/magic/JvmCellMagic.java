package dev.spindle.kernel.magic;

import dev.spindle.kernel.spi.CellOutput;
import dev.spindle.kernel.spi.ExecuteOutcome;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code %%jvm [flags]}: runs the cell as a program in a fresh JVM ({@code java [flags] Main.java}), streaming
 * its output into the cell as it comes. The engine is not involved, so flags the engine cannot change at run
 * time (scheduler parallelism, preview features, exports, exit behaviour) can be shown one cell at a time.
 */
final class JvmCellMagic implements Magic {

    @Override
    public MagicKind kind() {
        return MagicKind.CELL;
    }

    @Override
    public String name() {
        return "jvm";
    }

    @Override
    public String usage() {
        return "%%jvm [JVM FLAGS]";
    }

    @Override
    public String summary() {
        return "Runs the cell as a standalone program in a fresh JVM with the given flags.";
    }

    @Override
    public String details() {
        return """
                A cell with a main method (a class, or a compact source file with void main()) runs as written;
                otherwise its statements are wrapped in Main.main. Cell variables of the notebook are not visible.
                Example: %%jvm -Djdk.virtualThreadScheduler.parallelism=1 --enable-preview
                The exit status is printed; an interrupt kills the process and everything it started.""";
    }

    @Override
    public ExecuteOutcome run(MagicCall call, MagicContext context) {
        if (call.body().isBlank()) {
            return Outcomes.usage(this, "the cell has no code below %%jvm");
        }
        Path folder = null;
        try {
            folder = Files.createTempDirectory("spindle-jvm-");
            Path source = folder.resolve("Main.java");
            Files.writeString(source, StandaloneSource.of(call.body()).text());
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(CommandLine.split(call.args()));
            command.add(source.toString());
            return runProgram(command, context);
        } catch (IOException e) {
            return Outcomes.failure("JvmStartError", "cannot start the JVM: " + e.getMessage());
        } finally {
            TempFolders.deleteQuietly(folder);
        }
    }

    static ExecuteOutcome runProgram(List<String> command, MagicContext context) throws IOException {
        Optional<Process> started = context.children().start(new ProcessBuilder(command), context.options().interrupts());
        if (started.isEmpty()) {
            return Outcomes.failure("Interrupted", "the cell was interrupted before it started");
        }
        Process process = started.get();
        try {
            process.getOutputStream().close();
            Thread out = pump(process.getInputStream(), CellOutput.StreamName.STDOUT, context.output());
            Thread err = pump(process.getErrorStream(), CellOutput.StreamName.STDERR, context.output());
            int status = process.waitFor();
            out.join();
            err.join();
            if (context.children().wasKilled(process)) {
                return Outcomes.failure("Interrupted", "the program was interrupted and killed with every process it started");
            }
            context.print("\n[exit status " + status + "]\n");
            return Outcomes.done();
        } catch (InterruptedException e) {
            ChildProcesses.kill(process);
            Thread.currentThread().interrupt();
            return Outcomes.failure("Interrupted", "the kernel thread was interrupted");
        } finally {
            context.children().ended(process);
        }
    }

    /** Forwards text as soon as it is read, so a slow program's lines appear while it runs. */
    private static Thread pump(InputStream stream, CellOutput.StreamName name, CellOutput output) {
        return Thread.ofPlatform().daemon().name("spindle-jvm-" + name).start(() -> {
            char[] buffer = new char[8192];
            try (Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
                int read;
                while ((read = reader.read(buffer)) >= 0) {
                    if (read > 0) {
                        output.stream(name, new String(buffer, 0, read));
                    }
                }
            } catch (IOException e) {
                // the process was killed: its pipes are gone
            }
        });
    }
}
