package dev.spindle.kernel.bridge;

import dev.spindle.kernel.link.EngineEvent;
import dev.spindle.kernel.spi.ExecuteOutcome;

import java.util.List;
import java.util.Map;

/** Engine replies and engine deaths to the outcomes the kernel core reports. */
final class OutcomeMapping {

    static final String ENGINE_DIED = "EngineDied";
    static final String ENGINE_UNAVAILABLE = "EngineUnavailable";

    private OutcomeMapping() {
    }

    static ExecuteOutcome of(EngineEvent.Reply reply) {
        return switch (reply) {
            case EngineEvent.ExecuteSucceeded ok -> new ExecuteOutcome.Success(ok.result(), ok.userExpressions());
            case EngineEvent.ExecuteFailed failed -> new ExecuteOutcome.Failure(failed.ename(), failed.evalue(),
                    failed.traceback(), failed.userExpressions());
            default -> failure("EngineError", "the engine answered an execute request with " + reply);
        };
    }

    static ExecuteOutcome engineDied(EngineExit exit, boolean classPathKept) {
        String evalue = exit.describe() + ". All Java state (variables, classes, imports) was lost; "
                + "a fresh engine is starting" + (classPathKept ? " with the class path added before" : "")
                + ", run the cells you need again.";
        String name = exit.kernelReason() != null && exit.kernelReason().startsWith("the cell did not stop")
                ? "Interrupted" : exit.outOfMemory() ? "OutOfMemoryError" : ENGINE_DIED;
        return failure(name, evalue);
    }

    static ExecuteOutcome.Failure failure(String ename, String evalue) {
        return new ExecuteOutcome.Failure(ename, evalue,
                List.of("\u001b[1;91m" + ename + "\u001b[0m: " + evalue), Map.of());
    }
}
