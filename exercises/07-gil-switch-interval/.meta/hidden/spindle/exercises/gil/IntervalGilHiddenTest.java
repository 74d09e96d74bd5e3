package spindle.exercises.gil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IntervalGilHiddenTest {

    @Test
    void shorterSwitchIntervalShortensTheWait() {
        GilSimulator.Result r = GilSimulator.run(new IntervalGil(1000), 2, List.of(cpu(200_000), ioBound()));
        assertEquals(1_000, r.thread(1).maxWait(), "sys.setswitchinterval(0.001)");
        assertEquals(40_200, r.thread(1).finishedAt());
        assertEquals(200_200, r.thread(0).finishedAt());
    }

    /** With three CPU threads the waiting time must restart at every switch, so each turn lasts a full interval. */
    @Test
    void threeCpuThreadsGetFullIntervalTurns() {
        GilSimulator.Result r = GilSimulator.run(new IntervalGil(5000), 2,
                List.of(cpu(15_000), cpu(15_000), cpu(15_000)));
        assertEquals(8, r.switches(), "T0 T1 T2 T0 T1 T2 T0 T1 T2: 8 switches");
        assertEquals(35_000, r.thread(0).finishedAt());
        assertEquals(40_000, r.thread(1).finishedAt());
        assertEquals(45_000, r.thread(2).finishedAt());
    }

    @Test
    void droppedGilGoesToAnotherThread() {
        IntervalGil gil = new IntervalGil(5000);
        GilView view = new GilView(5000, -1, 0, 0,
                List.of(new GilView.Waiter(0, 5000), new GilView.Waiter(2, 5000)), 4);
        assertEquals(2, gil.pickNext(view, 0), "FORCE_SWITCHING: the dropper (T0) may not take the GIL back");
        GilView released = new GilView(7000, -1, 0, 0,
                List.of(new GilView.Waiter(1, 6000), new GilView.Waiter(2, 6500)), 4);
        assertEquals(1, gil.pickNext(released, -1), "released for I/O: the longest waiter gets it");
    }

    @Test
    void coreCountDoesNotChangeTheNewGil() {
        GilSimulator.Result one = GilSimulator.run(new IntervalGil(5000), 1, List.of(cpu(200_000), ioBound()));
        GilSimulator.Result four = GilSimulator.run(new IntervalGil(5000), 4, List.of(cpu(200_000), ioBound()));
        assertEquals(one, four);
        GilSimulator.Result oldMulticore = GilSimulator.run(new TickGil(100), 4, List.of(cpu(200_000), ioBound()));
        assertTrue(four.thread(1).finishedAt() < oldMulticore.thread(1).finishedAt(),
                "the new GIL must not starve the I/O thread the way the old multicore GIL does");
    }

    @Test
    void rejectsNonPositiveInterval() {
        assertThrows(IllegalArgumentException.class, () -> new IntervalGil(0));
    }

    static List<GilSimulator.Op> cpu(long ticks) {
        return List.of(new GilSimulator.Op.Cpu(ticks));
    }

    /** 20 x (1 ms of I/O, then 10 ticks of bytecode): an I/O-bound thread. */
    static List<GilSimulator.Op> ioBound() {
        List<GilSimulator.Op> ops = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ops.add(new GilSimulator.Op.Io(1000));
            ops.add(new GilSimulator.Op.Cpu(10));
        }
        return ops;
    }
}
