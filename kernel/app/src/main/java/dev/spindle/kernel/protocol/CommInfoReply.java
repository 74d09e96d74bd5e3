package dev.spindle.kernel.protocol;

import java.util.Map;

/** {@code comm_info_reply}: open comms by id, each with its {@code target_name}. */
public record CommInfoReply(ReplyStatus status, Map<String, Map<String, String>> comms) implements Content {
}
