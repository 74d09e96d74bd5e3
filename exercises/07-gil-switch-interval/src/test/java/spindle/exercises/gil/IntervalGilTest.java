package spindle.exercises.gil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IntervalGilTest {

    @Test
    void holderKeepsTheGilWhileNobodyWaits() {
        IntervalGil gil = new IntervalGil(5000);
        assertFalse(gil.mustDrop(new GilView(1_000_000, 0, 1_000_000, 0, List.of(), 4)),
                "nobody waits: the new GIL never asks the holder to drop");
        GilSimulator.Result r = GilSimulator.run(gil, 2, List.of(cpu(50_000)));
        assertEquals(0, r.switches());
        assertEquals(50_000, r.thread(0).finishedAt());
        assertEquals(1, r.thread(0).acquisitions(), "a lone thread acquires the GIL once");
    }

    @Test
    void twoCpuThreadsTakeTurnsEveryInterval() {
        GilSimulator.Result r = GilSimulator.run(new IntervalGil(5000), 2, List.of(cpu(20_000), cpu(20_000)));
        assertEquals(7, r.switches(), "switches: 0-5 ms T0, 5-10 T1, 10-15 T0, ... 35-40 T1");
        assertEquals(35_000, r.thread(0).finishedAt(), "T0 finished at");
        assertEquals(40_000, r.thread(1).finishedAt(), "T1 finished at");
        assertEquals(5_000, r.thread(1).maxWait(), "longest wait of T1");
    }

    /** The convoy effect: each time the I/O thread comes back it waits a full interval for the CPU thread. */
    @Test
    void ioThreadWaitsOneIntervalEachTime() {
        GilSimulator.Result r = GilSimulator.run(new IntervalGil(5000), 2, List.of(cpu(200_000), ioBound()));
        assertEquals(5_000, r.thread(1).maxWait(), "longest GIL wait of the I/O thread (µs)");
        assertEquals(120_200, r.thread(1).finishedAt(), "I/O thread: 20 x (1000 I/O + 5000 wait + 10 cpu)");
        assertEquals(40, r.switches());
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
