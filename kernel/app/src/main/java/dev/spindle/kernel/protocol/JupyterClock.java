package dev.spindle.kernel.protocol;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Header dates with exactly six fraction digits in UTC. {@code Instant.toString()} may print nine, which
 * jupyter_client no longer parses as a date.
 */
public final class JupyterClock {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private final Clock clock;

    public JupyterClock(Clock clock) {
        this.clock = clock;
    }

    public static JupyterClock system() {
        return new JupyterClock(Clock.systemUTC());
    }

    public String now() {
        return FORMAT.format(clock.instant());
    }
}
