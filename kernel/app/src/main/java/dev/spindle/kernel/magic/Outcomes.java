package dev.spindle.kernel.magic;

import dev.spindle.kernel.spi.ExecuteOutcome;
import dev.spindle.kernel.spi.MimeBundle;

import java.util.List;
import java.util.Map;

/** The outcomes a magic returns: nothing to show, a value, or an error a person reads. */
final class Outcomes {

    private static final String RED = "\u001b[0;31m";
    private static final String RESET = "\u001b[0m";

    private Outcomes() {
    }

    static ExecuteOutcome done() {
        return new ExecuteOutcome.Success(null, Map.of());
    }

    static ExecuteOutcome value(MimeBundle result) {
        return new ExecuteOutcome.Success(result, Map.of());
    }

    static ExecuteOutcome.Failure failure(String ename, String message) {
        return new ExecuteOutcome.Failure(ename, message, List.of(RED + ename + RESET + ": " + message), Map.of());
    }

    static ExecuteOutcome.Failure usage(Magic magic, String problem) {
        return failure("UsageError", problem + " (usage: " + magic.usage() + ")");
    }
}
