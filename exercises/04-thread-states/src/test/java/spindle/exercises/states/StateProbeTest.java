package spindle.exercises.states;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class StateProbeTest {

    @Test
    void newAndTerminated() {
        assertTimeoutPreemptively(Duration.ofSeconds(8), () -> {
            try (StateProbe probe = new StateProbe()) {
                assertReachesAndKeeps(probe.threadIn(Thread.State.NEW), Thread.State.NEW);
                assertReachesAndKeeps(probe.threadIn(Thread.State.TERMINATED), Thread.State.TERMINATED);
            }
        });
    }

    @Test
    void waiting() {
        assertTimeoutPreemptively(Duration.ofSeconds(8), () -> {
            try (StateProbe probe = new StateProbe()) {
                assertReachesAndKeeps(probe.threadIn(Thread.State.WAITING), Thread.State.WAITING);
            }
        });
    }

    @Test
    void timedWaiting() {
        assertTimeoutPreemptively(Duration.ofSeconds(8), () -> {
            try (StateProbe probe = new StateProbe()) {
                assertReachesAndKeeps(probe.threadIn(Thread.State.TIMED_WAITING), Thread.State.TIMED_WAITING);
            }
        });
    }

    /** Polls {@code t.getState()} until it equals {@code want} (3 s deadline), then checks it stays there. */
    static void assertReachesAndKeeps(Thread t, Thread.State want) {
        long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        while (t.getState() != want && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertEquals(want, t.getState(), "state of the thread returned by threadIn(" + want + ")");
        for (int i = 0; i < 50; i++) {
            Thread.onSpinWait();
            assertEquals(want, t.getState(), "the thread left " + want + " before close()");
        }
        if (want != Thread.State.NEW) {
            assertTrue(t.isDaemon(), "probe threads must be daemon threads");
        }
    }
}
