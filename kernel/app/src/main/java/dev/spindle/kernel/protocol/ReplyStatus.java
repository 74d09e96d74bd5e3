package dev.spindle.kernel.protocol;

import com.fasterxml.jackson.annotation.JsonValue;

/** The {@code status} of a reply. {@code aborted} is what ipykernel and JupyterLab use for skipped cells. */
public enum ReplyStatus {
    OK("ok"), ERROR("error"), ABORTED("aborted");

    private final String wireName;

    ReplyStatus(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }
}
