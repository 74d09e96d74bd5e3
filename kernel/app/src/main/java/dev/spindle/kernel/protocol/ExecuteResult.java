package dev.spindle.kernel.protocol;

import java.util.Map;

/** {@code execute_result}: the value of a cell's last expression. */
public record ExecuteResult(int executionCount, Map<String, Object> data, Map<String, Object> metadata)
        implements Content {
}
