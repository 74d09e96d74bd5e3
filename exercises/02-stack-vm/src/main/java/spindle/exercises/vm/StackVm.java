package spindle.exercises.vm;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A tiny stack machine: the "PVM" step of the note (py 文件运行步骤) — fetch an instruction, decode it, execute it,
 * repeat — plus the profiling a JIT does (解释器种类: PyPy, HotSpot) to find hot loops.
 *
 * <p>Code is an {@code int[]}: an opcode, followed by one operand for the opcodes that take one. The machine has an
 * operand stack and 8 local variable slots (all 0 at start).
 *
 * <table>
 *   <caption>Instruction set</caption>
 *   <tr><th>opcode</th><th>operand</th><th>effect</th></tr>
 *   <tr><td>{@link #PUSH}</td><td>n</td><td>push n</td></tr>
 *   <tr><td>{@link #ADD}</td><td></td><td>pop b, pop a, push a + b</td></tr>
 *   <tr><td>{@link #SUB}</td><td></td><td>pop b, pop a, push a − b</td></tr>
 *   <tr><td>{@link #DUP}</td><td></td><td>push a copy of the top</td></tr>
 *   <tr><td>{@link #LOAD}</td><td>slot</td><td>push local[slot]</td></tr>
 *   <tr><td>{@link #STORE}</td><td>slot</td><td>pop into local[slot]</td></tr>
 *   <tr><td>{@link #JMP}</td><td>target</td><td>continue at index target</td></tr>
 *   <tr><td>{@link #JMPZ}</td><td>target</td><td>pop v; if v == 0 continue at target, else with the next instruction</td></tr>
 *   <tr><td>{@link #HALT}</td><td></td><td>stop</td></tr>
 * </table>
 *
 * <p>Profiling: a <b>back-edge</b> is a jump actually taken to a target lower than or equal to the jump's own index
 * (a loop). The VM counts taken back-edges per target; a target whose count reaches {@code hotThreshold} is a
 * <b>hot loop</b> — where HotSpot would start an on-stack-replacement compilation.
 */
public final class StackVm {

    public static final int PUSH = 1;
    public static final int ADD = 2;
    public static final int SUB = 3;
    public static final int DUP = 4;
    public static final int LOAD = 5;
    public static final int STORE = 6;
    public static final int JMP = 7;
    public static final int JMPZ = 8;
    public static final int HALT = 9;

    /**
     * The outcome of a run.
     *
     * @param stack     the operand stack at HALT, bottom first
     * @param steps     instructions executed, HALT included
     * @param backEdges taken back-edges per target index
     * @param hotLoops  targets whose back-edge count reached the threshold
     */
    public record Result(List<Integer> stack, long steps, Map<Integer, Integer> backEdges, Set<Integer> hotLoops) {
    }

    /** @param hotThreshold taken back-edges after which a loop counts as hot; at least 1 */
    public StackVm(int hotThreshold) {
        throw new UnsupportedOperationException("Implement StackVm(int): remember the hot-loop threshold");
    }

    /**
     * Runs {@code code} from index 0 until HALT.
     *
     * @param maxSteps a watchdog: more steps than this → {@link IllegalStateException}
     * @throws IllegalStateException    on stack underflow, on running past the end of the code, or the watchdog
     * @throws IllegalArgumentException on an unknown opcode or a local slot outside 0..7
     */
    public Result run(int[] code, long maxSteps) {
        throw new UnsupportedOperationException(
                "Implement StackVm.run(code, maxSteps): the fetch-decode-execute loop with back-edge counters");
    }
}
