package spindle.exercises.poller;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PollerTest {

    @Test
    void levelTriggeredReportsUntilDrained() {
        Poller p = new Poller();
        p.register(3, Poller.Mode.LEVEL);
        p.arrive(3, 10_000);
        assertEquals(List.of(3), p.poll(16));
        assertEquals(4096, p.read(3, 4096));
        assertEquals(List.of(3), p.poll(16), "5,904 bytes are still unread: level-triggered reports again");
        assertEquals(5904, p.read(3, 8192));
        assertEquals(0, p.read(3, 8192), "empty buffer: EAGAIN");
        assertEquals(List.of(), p.poll(16), "drained: nothing to report");
    }

    /** The classic ET bug: read once per event and the rest of the data is never announced again. */
    @Test
    void edgeTriggeredReportsOncePerArrival() {
        Poller p = new Poller();
        p.register(5, Poller.Mode.EDGE);
        p.arrive(5, 10_000);
        assertEquals(List.of(5), p.poll(16));
        assertEquals(4096, p.read(5, 4096));
        assertEquals(List.of(), p.poll(16), "edge-triggered: no new data, no new event, although 5,904 bytes wait");
        p.arrive(5, 100);
        assertEquals(List.of(5), p.poll(16), "new data arrived: one new event");
        assertEquals(List.of(), p.poll(16));
    }

    @Test
    void oneshotIsSilentUntilRearmed() {
        Poller p = new Poller();
        p.register(7, Poller.Mode.ONESHOT);
        p.arrive(7, 10);
        assertEquals(List.of(7), p.poll(16));
        p.arrive(7, 10);
        assertEquals(List.of(), p.poll(16), "a oneshot fd is disabled after its event");
        p.read(7, 100);
        p.arrive(7, 5);
        p.rearm(7);
        assertEquals(List.of(7), p.poll(16), "rearmed with data waiting: ready at once");
    }
}
