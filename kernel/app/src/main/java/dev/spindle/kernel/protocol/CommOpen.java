package dev.spindle.kernel.protocol;

import java.util.Map;

/** {@code comm_open}, in either direction. */
public record CommOpen(String commId, String targetName, Map<String, Object> data) implements Content {

    public CommOpen {
        data = data == null ? Map.of() : data;
    }
}
