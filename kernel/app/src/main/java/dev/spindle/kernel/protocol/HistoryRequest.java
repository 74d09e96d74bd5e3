package dev.spindle.kernel.protocol;

/**
 * {@code history_request}. {@code histAccessType} is {@code tail}, {@code range} or {@code search}; a
 * {@code session} of zero or less counts back from the current session.
 */
public record HistoryRequest(Boolean output, Boolean raw, String histAccessType, Integer session, Integer start,
                             Integer stop, Integer n, String pattern, Boolean unique) implements Content {

    public HistoryRequest {
        output = output != null && output;
        raw = raw == null || raw;
        histAccessType = histAccessType == null ? "tail" : histAccessType;
        session = session == null ? 0 : session;
        start = start == null ? 0 : start;
        pattern = pattern == null ? "*" : pattern;
        unique = unique != null && unique;
    }

    public static HistoryRequest tail(int n, boolean output) {
        return new HistoryRequest(output, true, "tail", null, null, null, n, null, null);
    }

    public static HistoryRequest range(int session, int start, int stop, boolean output) {
        return new HistoryRequest(output, true, "range", session, start, stop, null, null, null);
    }

    public static HistoryRequest search(String pattern, Integer n, boolean unique) {
        return new HistoryRequest(false, true, "search", null, null, null, n, pattern, unique);
    }
}
