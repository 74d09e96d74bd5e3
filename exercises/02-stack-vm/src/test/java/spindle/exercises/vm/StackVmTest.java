package spindle.exercises.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static spindle.exercises.vm.StackVm.ADD;
import static spindle.exercises.vm.StackVm.DUP;
import static spindle.exercises.vm.StackVm.HALT;
import static spindle.exercises.vm.StackVm.JMP;
import static spindle.exercises.vm.StackVm.JMPZ;
import static spindle.exercises.vm.StackVm.LOAD;
import static spindle.exercises.vm.StackVm.PUSH;
import static spindle.exercises.vm.StackVm.STORE;
import static spindle.exercises.vm.StackVm.SUB;

import java.util.List;
import org.junit.jupiter.api.Test;

class StackVmTest {

    /** sum = 0; for (i = 10; i != 0; i--) sum += i; — loop head at index 8. */
    static final int[] SUM_1_TO_10 = {
        PUSH, 10, STORE, 0, PUSH, 0, STORE, 1,
        LOAD, 0, JMPZ, 28, LOAD, 1, LOAD, 0, ADD, STORE, 1, LOAD, 0, PUSH, 1, SUB, STORE, 0, JMP, 8,
        LOAD, 1, HALT,
    };

    @Test
    void arithmeticOnTheStack() {
        StackVm vm = new StackVm(100);
        assertEquals(List.of(4), vm.run(new int[] {PUSH, 7, PUSH, 3, SUB, HALT}, 100).stack(), "7 - 3");
        assertEquals(List.of(10), vm.run(new int[] {PUSH, 5, DUP, ADD, HALT}, 100).stack(), "5 + 5");
        assertEquals(List.of(1, 2), vm.run(new int[] {PUSH, 1, PUSH, 2, HALT}, 100).stack(), "bottom first");
        assertEquals(3, vm.run(new int[] {PUSH, 1, PUSH, 2, HALT}, 100).steps());
    }

    @Test
    void sumOneToTenWithALoop() {
        StackVm.Result r = new StackVm(100).run(SUM_1_TO_10, 10_000);
        assertEquals(List.of(55), r.stack());
        assertEquals(118, r.steps(), "4 set-up + 10 x 11 loop + 2 exit test + LOAD + HALT");
    }

    @Test
    void errorsAreReported() {
        StackVm vm = new StackVm(100);
        assertThrows(IllegalStateException.class, () -> vm.run(new int[] {ADD, HALT}, 100), "stack underflow");
        assertThrows(IllegalArgumentException.class, () -> vm.run(new int[] {42}, 100), "unknown opcode");
        assertThrows(IllegalStateException.class, () -> vm.run(new int[] {PUSH, 1}, 100), "no HALT");
        assertThrows(IllegalStateException.class, () -> vm.run(new int[] {JMP, 0}, 1000), "watchdog");
    }
}
