package dev.spindle.kernel.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code clear_output}; {@code wait} defers the clearing until new output arrives. */
public record ClearOutput(@JsonProperty("wait") boolean waitForNewOutput) implements Content {
}
