package dev.spindle.kernel.protocol;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Map;

/** Content the kernel does not interpret: replies and broadcasts as a client decodes them, unknown types. */
public record RawContent(@JsonValue Map<String, Object> fields) implements Content {

    public RawContent {
        fields = fields == null ? Map.of() : fields;
    }
}
