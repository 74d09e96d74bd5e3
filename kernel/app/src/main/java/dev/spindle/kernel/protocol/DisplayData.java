package dev.spindle.kernel.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/** {@code display_data}; {@code transientData} carries {@code display_id} when the display can be updated. */
public record DisplayData(Map<String, Object> data, Map<String, Object> metadata,
                          @JsonProperty("transient") Map<String, Object> transientData) implements Content {
}
