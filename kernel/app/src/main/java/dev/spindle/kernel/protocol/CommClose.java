package dev.spindle.kernel.protocol;

import java.util.Map;

/** {@code comm_close}, in either direction. */
public record CommClose(String commId, Map<String, Object> data) implements Content {

    public CommClose {
        data = data == null ? Map.of() : data;
    }
}
