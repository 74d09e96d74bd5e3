package dev.spindle.kernel.magic;

import dev.spindle.kernel.spi.ExecuteOutcome;

/** {@code %threads}: a live dump of the engine's threads, run inside the engine by the runtime's ThreadDump. */
final class ThreadsMagic implements Magic {

    @Override
    public MagicKind kind() {
        return MagicKind.LINE;
    }

    @Override
    public String name() {
        return "threads";
    }

    @Override
    public String usage() {
        return "%threads";
    }

    @Override
    public String summary() {
        return "Shows every thread of the engine JVM, platform and virtual, and marks deadlocked ones.";
    }

    @Override
    public String details() {
        return """
                Threads started by earlier cells that still run are listed with their top frames.
                Deadlocks are found among platform threads (monitors and java.util.concurrent locks).
                The thread running %threads itself is in the list.""";
    }

    @Override
    public ExecuteOutcome run(MagicCall call, MagicContext context) {
        return context.runJava("dev.spindle.runtime.tools.ThreadDump.capture()");
    }
}
