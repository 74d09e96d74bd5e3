package dev.spindle.kernel.spi;

/** Answer to {@code is_complete_request}. {@code indent} is only meaningful when {@code INCOMPLETE}. */
public record Completeness(Status status, String indent) {

    public enum Status {
        COMPLETE("complete"), INCOMPLETE("incomplete"), INVALID("invalid"), UNKNOWN("unknown");

        private final String wireName;

        Status(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }
    }

    public static Completeness of(Status status) {
        return new Completeness(status, "");
    }
}
