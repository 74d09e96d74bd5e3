package dev.spindle.kernel.protocol;

import com.fasterxml.jackson.annotation.JsonValue;

/** {@code status} on IOPub. */
public record Status(ExecutionState executionState) implements Content {

    public enum ExecutionState {
        STARTING("starting"), BUSY("busy"), IDLE("idle");

        private final String wireName;

        ExecutionState(String wireName) {
            this.wireName = wireName;
        }

        @JsonValue
        public String wireName() {
            return wireName;
        }
    }
}
