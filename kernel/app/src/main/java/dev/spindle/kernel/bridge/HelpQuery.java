package dev.spindle.kernel.bridge;

import dev.spindle.kernel.spi.CellOutput;
import dev.spindle.kernel.spi.ExecuteOutcome;
import dev.spindle.kernel.spi.Inspection;
import dev.spindle.kernel.spi.Interpreter;
import java.util.Map;
import java.util.Optional;

/**
 * IPython's help syntax, {@code name?} and {@code name??}: the documentation of {@code name} shown in the pager
 * (a {@code page} payload) instead of running the cell. A single line ending in {@code ?} is never valid Java, so
 * the syntax cannot shadow real code.
 */
record HelpQuery(String target, int detailLevel) {

    static Optional<HelpQuery> parse(String code) {
        String line = code.strip();
        if (line.isEmpty() || line.contains("\n") || !line.endsWith("?")) {
            return Optional.empty();
        }
        int detail = line.endsWith("??") ? 1 : 0;
        String target = line.substring(0, line.length() - 1 - detail).strip();
        return target.isEmpty() || target.endsWith("?") ? Optional.empty() : Optional.of(new HelpQuery(target, detail));
    }

    ExecuteOutcome answer(Interpreter interpreter, CellOutput output) {
        Inspection inspection = interpreter.inspect(target, target.codePointCount(0, target.length()), detailLevel);
        if (!inspection.found() || inspection.bundle().data().isEmpty()) {
            output.stream(CellOutput.StreamName.STDOUT, "No documentation found for " + target + "\n");
        } else {
            output.addPayload(Map.of("source", "page", "data", inspection.bundle().data(), "start", 0));
        }
        return new ExecuteOutcome.Success(null, Map.of());
    }
}
