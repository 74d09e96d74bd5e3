package dev.spindle.kernel.protocol;

/** {@code execute_input}: the code being run and its execution count. */
public record ExecuteInput(String code, int executionCount) implements Content {
}
