package dev.spindle.kernel.protocol;

import java.util.Map;

/** {@code inspect_reply}. */
public record InspectReply(ReplyStatus status, boolean found, Map<String, Object> data, Map<String, Object> metadata)
        implements Content {
}
