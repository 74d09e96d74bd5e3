package dev.spindle.kernel.magic;

import dev.spindle.kernel.spi.ExecuteOutcome;

import java.util.List;

/** {@code %jvmopts FLAGS}: restarts the engine JVM with extra flags; every variable and class is lost. */
final class JvmOptsMagic implements Magic {

    @Override
    public MagicKind kind() {
        return MagicKind.LINE;
    }

    @Override
    public String name() {
        return "jvmopts";
    }

    @Override
    public String usage() {
        return "%jvmopts FLAGS";
    }

    @Override
    public String summary() {
        return "Restarts the Java engine with extra JVM flags (the state of earlier cells is lost).";
    }

    @Override
    public String details() {
        return """
                The flags replace those of an earlier %jvmopts and come on top of the kernel's defaults.
                Example: %jvmopts -Xmx512m -Djdk.virtualThreadScheduler.parallelism=2
                Class path entries added with %classpath are added again to the new engine.""";
    }

    @Override
    public ExecuteOutcome run(MagicCall call, MagicContext context) {
        List<String> flags = CommandLine.split(call.args());
        if (flags.isEmpty()) {
            return Outcomes.usage(this, "no flags given");
        }
        context.engine().restartWith(flags);
        context.print("Restarted the Java engine with " + String.join(" ", flags)
                + ".\nEverything defined by earlier cells (variables, methods, classes, imports) is gone: run them again.\n");
        return Outcomes.done();
    }
}
