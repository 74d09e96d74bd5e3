package dev.spindle.kernel.protocol;

/** {@code is_complete_reply}; {@code indent} is null unless the code is incomplete. */
public record IsCompleteReply(String status, String indent) implements Content {
}
