package dev.spindle.kernel.protocol;

import java.util.List;

/** {@code history_reply}: entries are {@code [session, line, input]} or {@code [session, line, [input, output]]}. */
public record HistoryReply(ReplyStatus status, List<List<Object>> history) implements Content {
}
