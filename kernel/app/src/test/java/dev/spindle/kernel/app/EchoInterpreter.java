package dev.spindle.kernel.app;

import dev.spindle.kernel.spi.CellOutput;
import dev.spindle.kernel.spi.Completeness;
import dev.spindle.kernel.spi.Completion;
import dev.spindle.kernel.spi.ExecuteOptions;
import dev.spindle.kernel.spi.ExecuteOutcome;
import dev.spindle.kernel.spi.Inspection;
import dev.spindle.kernel.spi.Interpreter;
import dev.spindle.kernel.spi.LanguageInfo;
import dev.spindle.kernel.spi.MimeBundle;
import java.util.Map;

/**
 * STAND-IN until {@code dev.spindle.kernel.bridge.EngineInterpreter} is wired into {@link KernelMain#main}: it
 * runs no Java, it shows each cell's code back as the cell's result.
 */
final class EchoInterpreter implements Interpreter {

    @Override
    public LanguageInfo languageInfo() {
        return LanguageInfo.java(Runtime.version().toString());
    }

    @Override
    public String banner() {
        return "Spindle (echo stand-in: no Java engine is wired in yet)";
    }

    @Override
    public ExecuteOutcome execute(ExecuteOptions options, CellOutput output) {
        MimeBundle result = options.code().isBlank() ? null : MimeBundle.text(options.code());
        return new ExecuteOutcome.Success(result, Map.of());
    }

    @Override
    public Completion complete(String code, int cursorPos) {
        return Completion.none(cursorPos);
    }

    @Override
    public Inspection inspect(String code, int cursorPos, int detailLevel) {
        return Inspection.notFound();
    }

    @Override
    public Completeness isComplete(String code) {
        return Completeness.of(Completeness.Status.COMPLETE);
    }

    @Override
    public void interrupt() {
    }

    @Override
    public void close() {
    }
}
