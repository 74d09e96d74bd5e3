package dev.spindle.kernel.protocol;

/** {@code interrupt_request} has no fields. */
public record InterruptRequest() implements Content {
}
