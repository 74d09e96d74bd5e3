package dev.spindle.kernel.spi;

import java.util.List;
import java.util.Map;

/** How a cell ended. The core turns this into {@code execute_result}, {@code error} and the reply. */
public sealed interface ExecuteOutcome {

    /** Results of {@code user_expressions}, each already in the protocol's {@code {status, data, metadata}} shape. */
    Map<String, Map<String, Object>> userExpressions();

    /**
     * The cell ran to the end. {@code result} is the value of its last expression, or null when it has none
     * (a statement, a declaration, or a {@code void} call).
     */
    record Success(MimeBundle result, Map<String, Map<String, Object>> userExpressions) implements ExecuteOutcome {
        public Success {
            userExpressions = Map.copyOf(userExpressions);
        }
    }

    /**
     * The cell failed: a compile error, an exception, an interrupt, or the engine died. {@code ename} is the real
     * exception class name (or a short kind such as {@code CompilationError}); {@code traceback} is what a
     * person reads, one line per entry, in cell coordinates.
     */
    record Failure(String ename, String evalue, List<String> traceback,
                   Map<String, Map<String, Object>> userExpressions) implements ExecuteOutcome {
        public Failure {
            traceback = List.copyOf(traceback);
            userExpressions = Map.copyOf(userExpressions);
        }
    }
}
