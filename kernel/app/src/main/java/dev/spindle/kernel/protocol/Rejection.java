package dev.spindle.kernel.protocol;

/** Why received frames were not accepted as a message. The frames are logged and dropped, never executed. */
public record Rejection(Reason reason, String detail) {

    public enum Reason {
        OVERSIZED, NO_DELIMITER, TOO_FEW_FRAMES, MISSING_SIGNATURE, BAD_SIGNATURE, REPLAYED,
        MALFORMED_JSON, MISSING_HEADER_FIELDS, MALFORMED_CONTENT
    }

    @Override
    public String toString() {
        return reason + ": " + detail;
    }
}
