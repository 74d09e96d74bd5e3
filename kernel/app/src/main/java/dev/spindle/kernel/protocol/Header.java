package dev.spindle.kernel.protocol;

import java.util.UUID;

/** A message header. {@code date} is already formatted by {@link JupyterClock}. */
public record Header(String msgId, String session, String username, String date, String msgType, String version) {

    public static final String PROTOCOL_VERSION = "5.3";

    public static Header create(MessageType type, String session, String username, JupyterClock clock) {
        return create(type.wireName(), session, username, clock);
    }

    public static Header create(String msgType, String session, String username, JupyterClock clock) {
        return new Header(UUID.randomUUID().toString(), session, username, clock.now(), msgType, PROTOCOL_VERSION);
    }
}
