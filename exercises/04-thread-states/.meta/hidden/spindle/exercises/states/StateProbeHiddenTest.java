package spindle.exercises.states;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StateProbeHiddenTest {

    @Test
    void blocked() {
        assertTimeoutPreemptively(Duration.ofSeconds(8), () -> {
            try (StateProbe probe = new StateProbe()) {
                assertReachesAndKeeps(probe.threadIn(Thread.State.BLOCKED), Thread.State.BLOCKED);
            }
        });
    }

    @Test
    void runnable() {
        assertTimeoutPreemptively(Duration.ofSeconds(8), () -> {
            try (StateProbe probe = new StateProbe()) {
                assertReachesAndKeeps(probe.threadIn(Thread.State.RUNNABLE), Thread.State.RUNNABLE);
            }
        });
    }

    @Test
    void everyCallGivesItsOwnThread() {
        assertTimeoutPreemptively(Duration.ofSeconds(8), () -> {
            try (StateProbe probe = new StateProbe()) {
                Thread a = probe.threadIn(Thread.State.WAITING);
                Thread b = probe.threadIn(Thread.State.WAITING);
                Thread c = probe.threadIn(Thread.State.BLOCKED);
                Thread d = probe.threadIn(Thread.State.BLOCKED);
                assertNotSame(a, b);
                assertNotSame(c, d);
                assertReachesAndKeeps(a, Thread.State.WAITING);
                assertReachesAndKeeps(b, Thread.State.WAITING);
                assertReachesAndKeeps(c, Thread.State.BLOCKED);
                assertReachesAndKeeps(d, Thread.State.BLOCKED);
            }
        });
    }

    @Test
    void closeEndsEveryStartedThread() {
        assertTimeoutPreemptively(Duration.ofSeconds(8), () -> {
            List<Thread> threads = new ArrayList<>();
            StateProbe probe = new StateProbe();
            for (Thread.State s : List.of(Thread.State.RUNNABLE, Thread.State.WAITING, Thread.State.TIMED_WAITING,
                    Thread.State.BLOCKED)) {
                Thread t = probe.threadIn(s);
                assertReachesAndKeeps(t, s);
                threads.add(t);
            }
            probe.close();
            for (Thread t : threads) {
                t.join(2000);
                assertFalse(t.isAlive(), "still alive after close(): a thread that was " + t.getState());
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
