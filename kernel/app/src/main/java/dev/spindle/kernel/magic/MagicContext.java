package dev.spindle.kernel.magic;

import dev.spindle.kernel.spi.CellOutput;
import dev.spindle.kernel.spi.ExecuteOptions;
import dev.spindle.kernel.spi.ExecuteOutcome;

/** What a running magic sees: its cell's request and output, the engine, the registry, the session's cells. */
public record MagicContext(ExecuteOptions options, CellOutput output, EngineControl engine, MagicRegistry registry,
                           CellHistory history, ChildProcesses children) {

    /** Runs {@code code} in the engine as if it were this cell. */
    public ExecuteOutcome runJava(String code) {
        return engine.execute(new ExecuteOptions(code, options.executionCount(), options.silent(),
                options.storeHistory(), options.allowStdin(), options.userExpressions(), options.interrupts()), output);
    }

    public void print(String text) {
        output.stream(CellOutput.StreamName.STDOUT, text);
    }
}
