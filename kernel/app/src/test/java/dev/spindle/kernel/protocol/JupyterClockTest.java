package dev.spindle.kernel.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class JupyterClockTest {

    @Test
    void formatsNanosecondInstantsWithExactlySixFractionDigitsInUtc() {
        Clock clock = Clock.fixed(Instant.parse("2025-03-04T05:06:07.123456789Z"), ZoneOffset.ofHours(3));

        assertThat(new JupyterClock(clock).now()).isEqualTo("2025-03-04T05:06:07.123456Z");
    }

    @Test
    void keepsSixFractionDigitsOnAWholeSecond() {
        Clock clock = Clock.fixed(Instant.parse("2025-03-04T05:06:07Z"), ZoneOffset.UTC);

        assertThat(new JupyterClock(clock).now()).isEqualTo("2025-03-04T05:06:07.000000Z");
    }

    @Test
    void matchesThePatternJupyterClientParses() {
        assertThat(JupyterClock.system().now()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{6}Z");
    }
}
