package dev.spindle.kernel.protocol;

/** {@code kernel_info_request} has no fields. */
public record KernelInfoRequest() implements Content {
}
