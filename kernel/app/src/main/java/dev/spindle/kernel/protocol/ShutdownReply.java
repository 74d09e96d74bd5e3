package dev.spindle.kernel.protocol;

/** {@code shutdown_reply}: echoes the {@code restart} flag. */
public record ShutdownReply(ReplyStatus status, boolean restart) implements Content {
}
