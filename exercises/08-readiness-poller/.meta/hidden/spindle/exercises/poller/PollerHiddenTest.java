package spindle.exercises.poller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class PollerHiddenTest {

    /** Three level-triggered fds, maxEvents 2: reported fds go to the tail, so nobody starves. */
    @Test
    void readyListIsFifoAndLevelFdsRequeueAtTheTail() {
        Poller p = new Poller();
        for (int fd : new int[] {10, 11, 12}) {
            p.register(fd, Poller.Mode.LEVEL);
        }
        p.arrive(11, 1);
        p.arrive(10, 1);
        p.arrive(12, 1);
        assertEquals(List.of(11, 10), p.poll(2), "first two in order of becoming ready");
        assertEquals(List.of(12, 11), p.poll(2), "12 was waiting; 11 was re-queued at the tail");
        assertEquals(List.of(10, 12), p.poll(2));
    }

    @Test
    void rearmNoticesDataThatArrivedWhileDisabled() {
        Poller p = new Poller();
        p.register(4, Poller.Mode.ONESHOT);
        p.arrive(4, 1);
        assertEquals(List.of(4), p.poll(8));
        p.arrive(4, 1);
        assertEquals(List.of(), p.poll(8));
        p.rearm(4);
        assertEquals(List.of(4), p.poll(8), "data is waiting when the fd is rearmed");
    }

    @Test
    void registeringAnFdWithPendingDataMakesItReady() {
        Poller p = new Poller();
        p.arrive(9, 50);
        assertEquals(List.of(), p.poll(8), "not registered yet");
        p.register(9, Poller.Mode.EDGE);
        assertEquals(List.of(9), p.poll(8), "epoll_ctl(ADD) checks readiness at once");
    }

    @Test
    void fdDrainedBeforePollIsNotReported() {
        Poller p = new Poller();
        p.register(1, Poller.Mode.LEVEL);
        p.register(2, Poller.Mode.EDGE);
        p.arrive(1, 5);
        p.arrive(2, 5);
        p.read(1, 5);
        p.read(2, 5);
        assertEquals(List.of(), p.poll(8), "readiness is re-checked when events are collected");
        p.arrive(2, 1);
        assertEquals(List.of(2), p.poll(8), "the drained edge fd was dropped and can be queued again");
    }

    @Test
    void edgeArrivalsWhileQueuedGiveOneEvent() {
        Poller p = new Poller();
        p.register(6, Poller.Mode.EDGE);
        p.arrive(6, 1);
        p.arrive(6, 1);
        p.arrive(6, 1);
        assertEquals(List.of(6), p.poll(8), "an fd is on the ready list at most once");
        assertEquals(List.of(), p.poll(8));
    }

    @Test
    void unregisterAndArgumentChecks() {
        Poller p = new Poller();
        p.register(3, Poller.Mode.LEVEL);
        assertThrows(IllegalArgumentException.class, () -> p.register(3, Poller.Mode.EDGE));
        assertThrows(IllegalArgumentException.class, () -> p.poll(0));
        assertThrows(IllegalArgumentException.class, () -> p.rearm(99));
        p.arrive(3, 1);
        p.unregister(3);
        assertEquals(List.of(), p.poll(8), "an unregistered fd is never reported");
    }
}
