package dev.spindle.kernel.protocol;

import java.util.List;
import java.util.Map;

/** {@code complete_reply}; cursor positions count Unicode code points. */
public record CompleteReply(ReplyStatus status, List<String> matches, int cursorStart, int cursorEnd,
                            Map<String, Object> metadata) implements Content {
}
