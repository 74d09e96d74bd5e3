package dev.spindle.kernel.spi;

import java.util.Map;

/**
 * What the interpreter needs from an execute request. {@code executionCount} is the number the core gave
 * this cell (the current count when {@code storeHistory} is false); {@code interrupts} tells whether the user
 * interrupted the cell before the interpreter got to it.
 */
public record ExecuteOptions(
        String code,
        int executionCount,
        boolean silent,
        boolean storeHistory,
        boolean allowStdin,
        Map<String, String> userExpressions,
        InterruptCheck interrupts) {

    public ExecuteOptions {
        userExpressions = Map.copyOf(userExpressions);
        java.util.Objects.requireNonNull(interrupts, "interrupts");
    }
}
