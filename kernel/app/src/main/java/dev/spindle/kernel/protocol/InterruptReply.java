package dev.spindle.kernel.protocol;

/** {@code interrupt_reply}. */
public record InterruptReply(ReplyStatus status) implements Content {
}
