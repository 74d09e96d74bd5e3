package dev.spindle.kernel.protocol;

import java.util.Map;

/** {@code comm_msg}, in either direction. */
public record CommMsg(String commId, Map<String, Object> data) implements Content {

    public CommMsg {
        data = data == null ? Map.of() : data;
    }
}
