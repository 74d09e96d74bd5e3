package dev.spindle.kernel.spi;

import java.util.List;
import java.util.Map;

/** Completion candidates replacing {@code code[cursorStart, cursorEnd)}; positions in Unicode code points. */
public record Completion(List<String> matches, int cursorStart, int cursorEnd, Map<String, Object> metadata) {

    public Completion {
        matches = List.copyOf(matches);
        metadata = Map.copyOf(metadata);
    }

    public static Completion none(int cursorPos) {
        return new Completion(List.of(), cursorPos, cursorPos, Map.of());
    }
}
