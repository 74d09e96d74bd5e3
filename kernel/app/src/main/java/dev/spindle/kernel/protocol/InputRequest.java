package dev.spindle.kernel.protocol;

/** {@code input_request} on stdin. */
public record InputRequest(String prompt, boolean password) implements Content {
}
