package dev.spindle.kernel.protocol;

/** {@code input_reply}: what the user typed. */
public record InputReply(String value) implements Content {

    public InputReply {
        value = value == null ? "" : value;
    }
}
