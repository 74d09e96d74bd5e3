package dev.spindle.grader.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spindle.grader.protocol.ChildEvent.Outcome;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventCodecTest {

    @Test
    void roundTripsEveryEventWithAwkwardCharacters() {
        List<ChildEvent> events = List.of(
                new ChildEvent.PlanReady(List.of("ATest#a", "ATest#b")),
                new ChildEvent.TestStarted("ATest#a", "[1] x\ty"),
                new ChildEvent.TestFinished("ATest#a", "a()", Outcome.DEADLOCKED, "line1\nline2\\n\t\r", "out\\put\n", 1234),
                new ChildEvent.ExitCalled("Counter.increment(Counter.java:3)"),
                new ChildEvent.ThreadLimitReached(300, 64, "a; b"),
                new ChildEvent.RepetitionStarted(3, 10),
                new ChildEvent.RunFinished());
        for (ChildEvent event : events) {
            String line = EventCodec.encode(event);
            assertThat(line).doesNotContain("\n");
            assertThat(EventCodec.decode(line)).contains(event);
        }
    }

    @Test
    void dropsLinesItCannotParse() {
        assertThat(EventCodec.decode("NONSENSE\tx")).isEmpty();
        assertThat(EventCodec.decode("FINISH\tonly-one-field")).isEmpty();
    }
}
