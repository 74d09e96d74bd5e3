package dev.spindle.kernel.core;

import dev.spindle.kernel.protocol.HistoryRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Answers {@code history_request}: {@code tail} (the last n entries), {@code range} (lines start ≤ line < stop
 * of one session; zero or negative sessions count back from the current one) and {@code search} (a glob on
 * the whole input, {@code *} and {@code ?}, optionally unique, the last n matches).
 */
final class HistoryLookup {

    private static final int DEFAULT_TAIL = 10;

    private HistoryLookup() {
    }

    static List<List<Object>> answer(HistoryRequest request, List<HistoryEntry> entries, int currentSession) {
        List<HistoryEntry> found = switch (request.histAccessType()) {
            case "tail" -> last(entries, request.n() == null ? DEFAULT_TAIL : request.n());
            case "range" -> range(entries, request, currentSession);
            case "search" -> search(entries, request);
            default -> List.of();
        };
        return found.stream().map(entry -> row(entry, request.output())).toList();
    }

    private static List<HistoryEntry> range(List<HistoryEntry> entries, HistoryRequest request, int currentSession) {
        int session = request.session() > 0 ? request.session() : currentSession + request.session();
        return entries.stream()
                .filter(e -> e.session() == session && e.line() >= request.start()
                        && (request.stop() == null || e.line() < request.stop()))
                .toList();
    }

    private static List<HistoryEntry> search(List<HistoryEntry> entries, HistoryRequest request) {
        Pattern glob = glob(request.pattern());
        List<HistoryEntry> matches = entries.stream().filter(e -> glob.matcher(e.input()).matches()).toList();
        if (request.unique()) {
            Map<String, HistoryEntry> lastByInput = new LinkedHashMap<>();
            for (HistoryEntry entry : matches) {
                lastByInput.remove(entry.input());
                lastByInput.put(entry.input(), entry);
            }
            matches = List.copyOf(lastByInput.values());
        }
        return request.n() == null ? matches : last(matches, request.n());
    }

    private static List<HistoryEntry> last(List<HistoryEntry> entries, int n) {
        return entries.subList(Math.max(0, entries.size() - Math.max(0, n)), entries.size());
    }

    static Pattern glob(String glob) {
        StringBuilder regex = new StringBuilder();
        for (int cp : glob.codePoints().toArray()) {
            switch (cp) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(Character.toString(cp)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }

    private static List<Object> row(HistoryEntry entry, boolean withOutput) {
        Object cell = withOutput ? Arrays.asList(entry.input(), entry.output()) : entry.input();
        return new ArrayList<>(Arrays.asList(entry.session(), entry.line(), cell));
    }
}
