package dev.spindle.grader.child;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WaitForGraphTest {

    private static ThreadSnapshot thread(long id, long waitsForOwner) {
        return new ThreadSnapshot(id, "t" + id, false, "BLOCKED", List.of(), "lock", waitsForOwner, List.of());
    }

    @Test
    void findsATwoThreadCycle() {
        var cycles = new WaitForGraph(List.of(thread(1, 2), thread(2, 1), thread(3, 1))).cycles();
        assertThat(cycles).hasSize(1);
        assertThat(cycles.getFirst()).extracting(ThreadSnapshot::tid).containsExactlyInAnyOrder(1L, 2L);
    }

    @Test
    void findsAThreeThreadCycleAndIgnoresChains() {
        var cycles = new WaitForGraph(List.of(thread(1, 2), thread(2, 3), thread(3, 1), thread(4, 5), thread(5, -1)))
                .cycles();
        assertThat(cycles).hasSize(1);
        assertThat(cycles.getFirst()).hasSize(3);
    }

    @Test
    void reportsNoCycleWhenNothingWaitsInACircle() {
        assertThat(new WaitForGraph(List.of(thread(1, 2), thread(2, -1))).cycles()).isEmpty();
    }
}
