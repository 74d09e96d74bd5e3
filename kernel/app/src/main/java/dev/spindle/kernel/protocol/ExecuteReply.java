package dev.spindle.kernel.protocol;

import java.util.List;
import java.util.Map;

/** {@code execute_reply}. Only the fields of its status are set; null fields are not sent. */
public record ExecuteReply(ReplyStatus status, Integer executionCount, Map<String, Map<String, Object>> userExpressions,
                           List<Map<String, Object>> payload, String ename, String evalue, List<String> traceback)
        implements Content {

    public static ExecuteReply ok(int executionCount, Map<String, Map<String, Object>> userExpressions,
                                  List<Map<String, Object>> payload) {
        return new ExecuteReply(ReplyStatus.OK, executionCount, userExpressions, payload, null, null, null);
    }

    public static ExecuteReply error(int executionCount, String ename, String evalue, List<String> traceback,
                                     Map<String, Map<String, Object>> userExpressions) {
        return new ExecuteReply(ReplyStatus.ERROR, executionCount, userExpressions, List.of(), ename, evalue, traceback);
    }

    public static ExecuteReply aborted() {
        return new ExecuteReply(ReplyStatus.ABORTED, null, null, null, null, null, null);
    }
}
