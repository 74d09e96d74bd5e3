package spindle.exercises.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static spindle.exercises.vm.StackVm.ADD;
import static spindle.exercises.vm.StackVm.HALT;
import static spindle.exercises.vm.StackVm.JMP;
import static spindle.exercises.vm.StackVm.JMPZ;
import static spindle.exercises.vm.StackVm.LOAD;
import static spindle.exercises.vm.StackVm.PUSH;
import static spindle.exercises.vm.StackVm.STORE;
import static spindle.exercises.vm.StackVm.SUB;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StackVmHiddenTest {

    static final int[] SUM_1_TO_10 = {
        PUSH, 10, STORE, 0, PUSH, 0, STORE, 1,
        LOAD, 0, JMPZ, 28, LOAD, 1, LOAD, 0, ADD, STORE, 1, LOAD, 0, PUSH, 1, SUB, STORE, 0, JMP, 8,
        LOAD, 1, HALT,
    };

    /** for (i = 3; i != 0; i--) for (j = 4; j != 0; j--) acc++; — outer head 4, inner head 12. */
    static final int[] NESTED = {
        PUSH, 3, STORE, 0,
        LOAD, 0, JMPZ, 41, PUSH, 4, STORE, 1,
        LOAD, 1, JMPZ, 32, LOAD, 2, PUSH, 1, ADD, STORE, 2, LOAD, 1, PUSH, 1, SUB, STORE, 1, JMP, 12,
        LOAD, 0, PUSH, 1, SUB, STORE, 0, JMP, 4,
        LOAD, 2, HALT,
    };

    @Test
    void backEdgesAreCountedPerLoopHead() {
        StackVm.Result r = new StackVm(1000).run(SUM_1_TO_10, 10_000);
        assertEquals(Map.of(8, 10), r.backEdges(), "10 backward jumps to index 8; the forward exit is no back-edge");
        assertEquals(Set.of(), r.hotLoops());
    }

    @Test
    void aLoopIsHotExactlyWhenItsCountReachesTheThreshold() {
        assertEquals(Set.of(8), new StackVm(10).run(SUM_1_TO_10, 10_000).hotLoops(), "10 back-edges, threshold 10");
        assertEquals(Set.of(), new StackVm(11).run(SUM_1_TO_10, 10_000).hotLoops(), "10 back-edges, threshold 11");
    }

    @Test
    void nestedLoopsProfileSeparately() {
        StackVm.Result r = new StackVm(10).run(NESTED, 10_000);
        assertEquals(List.of(12), r.stack());
        assertEquals(Map.of(12, 12, 4, 3), r.backEdges());
        assertEquals(Set.of(12), r.hotLoops(), "only the inner loop is hot");
    }

    @Test
    void jmpzConsumesItsCondition() {
        int[] code = {PUSH, 9, PUSH, 0, JMPZ, 8, PUSH, 1, PUSH, 0, JMPZ, 14, PUSH, 2, HALT};
        assertEquals(List.of(9), new StackVm(5).run(code, 100).stack(), "both conditions popped, both jumps taken");
        assertEquals(List.of(1), new StackVm(5).run(new int[] {PUSH, 1, JMPZ, 6, PUSH, 1, HALT}, 100).stack(),
                "not taken: condition popped anyway");
    }

    @Test
    void localsAndBadSlots() {
        StackVm vm = new StackVm(5);
        assertEquals(List.of(0, 5), vm.run(new int[] {LOAD, 7, PUSH, 5, STORE, 3, LOAD, 3, HALT}, 100).stack());
        assertThrows(IllegalArgumentException.class, () -> vm.run(new int[] {LOAD, 8, HALT}, 100));
        assertThrows(IllegalArgumentException.class, () -> new StackVm(0));
    }
}
