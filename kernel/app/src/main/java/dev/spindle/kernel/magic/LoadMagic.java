package dev.spindle.kernel.magic;

import dev.spindle.kernel.spi.ExecuteOutcome;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code %load FILE}: runs the contents of a .java or .jshell file as if it were this cell. */
final class LoadMagic implements Magic {

    @Override
    public MagicKind kind() {
        return MagicKind.LINE;
    }

    @Override
    public String name() {
        return "load";
    }

    @Override
    public String usage() {
        return "%load FILE";
    }

    @Override
    public String summary() {
        return "Runs the Java code of a .java or .jshell file as if it were typed in this cell.";
    }

    @Override
    public String details() {
        return "JShell commands such as /open are not understood: only Java code.";
    }

    @Override
    public ExecuteOutcome run(MagicCall call, MagicContext context) {
        if (call.args().isBlank()) {
            return Outcomes.usage(this, "which file?");
        }
        Path file = Path.of(CommandLine.split(call.args()).getFirst());
        try {
            return context.runJava(Files.readString(file));
        } catch (IOException e) {
            return Outcomes.failure("FileNotFound", "cannot read " + file.toAbsolutePath() + ": " + e.getMessage());
        }
    }
}
