package dev.spindle.kernel.protocol;

import java.util.List;

/**
 * A reply with {@code status: error} for a request the kernel could not serve, sent under the request's own
 * reply type. {@code executionCount} is only set for {@code execute_reply}, whose schema requires it.
 */
public record ErrorReply(ReplyStatus status, String ename, String evalue, List<String> traceback, Integer executionCount)
        implements Content {

    public static ErrorReply of(String ename, String evalue, Integer executionCount) {
        return new ErrorReply(ReplyStatus.ERROR, ename, evalue, List.of(), executionCount);
    }
}
