package dev.spindle.kernel.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/** {@code update_display_data}: replaces the outputs whose {@code transient.display_id} matches. */
public record UpdateDisplayData(Map<String, Object> data, Map<String, Object> metadata,
                                @JsonProperty("transient") Map<String, Object> transientData) implements Content {
}
