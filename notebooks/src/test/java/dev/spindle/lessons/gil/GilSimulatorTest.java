package dev.spindle.lessons.gil;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spindle.lessons.gil.GilEvent.Acquired;
import dev.spindle.lessons.gil.GilEvent.DropRequested;
import dev.spindle.lessons.gil.GilEvent.Finished;
import dev.spindle.lessons.gil.GilEvent.Released;
import dev.spindle.lessons.gil.GilEvent.Requested;
import java.util.List;
import org.junit.jupiter.api.Test;

class GilSimulatorTest {

    private static final SimThread CPU = SimThread.cpuBound("cpu", 200_000);
    private static final SimThread IO = SimThread.ioBound("io", 20, 1_000, 10);

    @Test
    void twoCpuBoundThreadsHandOffEveryFiveMillisecondsWithTheNewGil() {
        GilRun run = new GilSimulator(SwitchRule.switchInterval(), 1)
                .run(SimThread.cpuBound("A", 12_000), SimThread.cpuBound("B", 12_000));

        assertThat(run.handoffTimes()).containsExactly(5_000L, 10_000L, 15_000L, 20_000L, 22_000L);
        assertThat(run.handoffs().getFirst()).isEqualTo(new Handoff(5_000, "A", "B"));
        assertThat(run.thread("A").finishedAt()).isEqualTo(22_000);
        assertThat(run.thread("B").finishedAt()).isEqualTo(24_000);
    }

    @Test
    void logsTheExactDropRequestSequence() {
        GilRun run = new GilSimulator(SwitchRule.switchInterval(), 1)
                .run(SimThread.cpuBound("A", 7_000), SimThread.cpuBound("B", 3_000));

        assertThat(run.events()).containsExactly(
                new Requested(0, "A"),
                new Requested(0, "B"),
                new Acquired(0, "A", 0),
                new DropRequested(5_000, "B", "A"),
                new Released(5_000, "A", ReleaseReason.DROP_REQUEST),
                new Requested(5_000, "A"),
                new Acquired(5_000, "B", 5_000),
                new Released(8_000, "B", ReleaseReason.FINISHED),
                new Finished(8_000, "B"),
                new Acquired(8_000, "A", 3_000),
                new Released(10_000, "A", ReleaseReason.FINISHED),
                new Finished(10_000, "A"));
    }

    @Test
    void newGilMakesTheIoThreadWaitOneFullIntervalPerRoundTheConvoyEffect() {
        GilRun run = new GilSimulator(SwitchRule.switchInterval(), 1).run(CPU, IO);

        ThreadStats io = run.thread("io");
        assertThat(io.maxWait()).isEqualTo(5_000);
        assertThat(io.averageWait()).isEqualTo(5_000.0);
        assertThat(io.finishedAt()).isEqualTo(120_200);
        assertThat(run.thread("cpu").finishedAt()).isEqualTo(200_200);
        assertThat(run.switches()).isEqualTo(41);
        assertThat(run.spuriousWakeups()).isZero();
    }

    @Test
    void newGilBehavesTheSameOnManyCoresBecauseOfForcedSwitching() {
        GilRun one = new GilSimulator(SwitchRule.switchInterval(), 1).run(CPU, IO);
        GilRun four = new GilSimulator(SwitchRule.switchInterval(), 4).run(CPU, IO);

        assertThat(four.events()).isEqualTo(one.events());
    }

    @Test
    void aShorterSwitchIntervalShortensTheIoWaits() {
        GilRun run = new GilSimulator(new SwitchRule.SwitchInterval(1_000), 1).run(CPU, IO);

        assertThat(run.thread("io").maxWait()).isEqualTo(1_000);
        assertThat(run.thread("io").finishedAt()).isEqualTo(20 * (1_000 + 1_000 + 10));
    }

    @Test
    void oldGilOnOneCoreServesTheIoThreadAtTheNextHundredTickCheck() {
        GilRun run = new GilSimulator(SwitchRule.checkInterval(), 1).run(CPU, IO);

        ThreadStats io = run.thread("io");
        // The global ticker is 1010 ticks ahead after each round, so each later request waits 90 ticks.
        assertThat(io.maxWait()).isEqualTo(90);
        assertThat(io.totalWait()).isEqualTo(19 * 90);
        assertThat(io.finishedAt()).isEqualTo(1_010 + 19 * 1_100);
        assertThat(run.switches()).isEqualTo(41);
        assertThat(run.spuriousWakeups()).isZero();
    }

    @Test
    void oldGilOnManyCoresStarvesTheIoThreadWithSpuriousWakeups() {
        GilRun run = new GilSimulator(SwitchRule.checkInterval(), 4).run(CPU, IO);

        ThreadStats io = run.thread("io");
        assertThat(io.maxWait()).isEqualTo(199_000);
        assertThat(io.averageWait()).isEqualTo(9_950.0);
        assertThat(run.spuriousWakeups()).isEqualTo(1_990);
        assertThat(io.spuriousWakeups()).isEqualTo(1_990);
        assertThat(run.switches()).isEqualTo(2);
        assertThat(io.finishedAt()).isEqualTo(200_000 + 10 + 19 * 1_010);
    }

    @Test
    void contentionMakesCpuBoundThreadsSlowerOnManyCoresThanOnOne() {
        Overheads costs = new Overheads(0, 20);
        List<SimThread> pair = List.of(SimThread.cpuBound("A", 10_000), SimThread.cpuBound("B", 10_000));

        GilRun oneCore = new GilSimulator(SwitchRule.checkInterval(), 1, costs).run(pair);
        GilRun twoCores = new GilSimulator(SwitchRule.checkInterval(), 2, costs).run(pair);

        assertThat(oneCore.makespan()).isEqualTo(20_000);
        // A's 99 contended releases (ticks 100..9900) each cost 20 µs; B then runs alone.
        assertThat(twoCores.makespan()).isEqualTo(20_000 + 99 * 20);
        assertThat(twoCores.thread("B").maxWait()).isEqualTo(10_000 + 99 * 20);
    }

    @Test
    void handoffCostDelaysTheNewHolder() {
        GilRun run = new GilSimulator(SwitchRule.switchInterval(), 1, new Overheads(7, 0))
                .run(SimThread.cpuBound("A", 6_000), SimThread.cpuBound("B", 1_000));

        // A drops at 5000; B starts ticking at 5007 and finishes at 6007; A resumes at 6014.
        assertThat(run.thread("B").finishedAt()).isEqualTo(6_007);
        assertThat(run.thread("A").finishedAt()).isEqualTo(7_014);
    }

    @Test
    void neverHasTwoHoldersAtOnce() {
        for (SwitchRule rule : List.of(SwitchRule.checkInterval(), SwitchRule.switchInterval())) {
            for (int cores : new int[] {1, 2}) {
                GilRun run = new GilSimulator(rule, cores).run(CPU, IO, SimThread.cpuBound("cpu2", 50_000),
                        SimThread.ioBound("io2", 7, 3_333, 77));
                assertAlternatingAcquireAndRelease(run);
                assertThat(run.threads()).allSatisfy(t -> assertThat(t.finishedAt()).isPositive());
                assertThat(run.thread("cpu").cpuTicks()).isEqualTo(200_000);
            }
        }
    }

    @Test
    void aThreadThatOnlyDoesIoNeverTakesTheGil() {
        GilRun run = new GilSimulator(SwitchRule.switchInterval(), 1)
                .run(SimThread.cpuBound("cpu", 10_000), SimThread.of("sleeper", Op.io(3_000)));

        assertThat(run.thread("sleeper").acquisitions()).isZero();
        assertThat(run.thread("sleeper").finishedAt()).isEqualTo(3_000);
        assertThat(run.thread("cpu").finishedAt()).isEqualTo(10_000);
    }

    private static void assertAlternatingAcquireAndRelease(GilRun run) {
        String holder = null;
        for (GilEvent e : run.events()) {
            if (e instanceof Acquired a) {
                assertThat(holder).as("acquire at %d while %s holds", a.at(), holder).isNull();
                holder = a.thread();
            } else if (e instanceof Released r) {
                assertThat(r.thread()).isEqualTo(holder);
                holder = null;
            }
        }
        assertThat(holder).isNull();
    }
}
