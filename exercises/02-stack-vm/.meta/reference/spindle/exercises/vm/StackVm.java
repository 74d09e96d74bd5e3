package spindle.exercises.vm;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Reference: a switch-dispatch loop over an int[] stack. */
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

    public record Result(List<Integer> stack, long steps, Map<Integer, Integer> backEdges, Set<Integer> hotLoops) {
    }

    private final int hotThreshold;

    public StackVm(int hotThreshold) {
        if (hotThreshold < 1) {
            throw new IllegalArgumentException("hotThreshold must be >= 1");
        }
        this.hotThreshold = hotThreshold;
    }

    public Result run(int[] code, long maxSteps) {
        List<Integer> stack = new ArrayList<>();
        int[] locals = new int[8];
        Map<Integer, Integer> backEdges = new TreeMap<>();
        Set<Integer> hot = new TreeSet<>();
        int pc = 0;
        long steps = 0;
        while (true) {
            if (pc < 0 || pc >= code.length) {
                throw new IllegalStateException("ran off the code at index " + pc + " (no HALT?)");
            }
            if (++steps > maxSteps) {
                throw new IllegalStateException("watchdog: more than " + maxSteps + " steps");
            }
            int at = pc;
            int op = code[pc++];
            switch (op) {
                case PUSH -> stack.add(operand(code, pc++));
                case ADD -> {
                    int b = pop(stack, at);
                    int a = pop(stack, at);
                    stack.add(a + b);
                }
                case SUB -> {
                    int b = pop(stack, at);
                    int a = pop(stack, at);
                    stack.add(a - b);
                }
                case DUP -> {
                    int a = pop(stack, at);
                    stack.add(a);
                    stack.add(a);
                }
                case LOAD -> stack.add(locals[slot(operand(code, pc++))]);
                case STORE -> {
                    int s = slot(operand(code, pc++));
                    locals[s] = pop(stack, at);
                }
                case JMP -> pc = jump(at, operand(code, pc), backEdges, hot);
                case JMPZ -> {
                    int target = operand(code, pc++);
                    if (pop(stack, at) == 0) {
                        pc = jump(at, target, backEdges, hot);
                    }
                }
                case HALT -> {
                    return new Result(List.copyOf(stack), steps, Collections.unmodifiableMap(backEdges),
                            Collections.unmodifiableSet(hot));
                }
                default -> throw new IllegalArgumentException("unknown opcode " + op + " at " + at);
            }
        }
    }

    private int jump(int at, int target, Map<Integer, Integer> backEdges, Set<Integer> hot) {
        if (target <= at) {
            int count = backEdges.merge(target, 1, Integer::sum);
            if (count >= hotThreshold) {
                hot.add(target);
            }
        }
        return target;
    }

    private static int operand(int[] code, int index) {
        if (index >= code.length) {
            throw new IllegalStateException("missing operand at index " + index);
        }
        return code[index];
    }

    private static int slot(int s) {
        if (s < 0 || s >= 8) {
            throw new IllegalArgumentException("no local slot " + s);
        }
        return s;
    }

    private static int pop(List<Integer> stack, int at) {
        if (stack.isEmpty()) {
            throw new IllegalStateException("stack underflow at " + at);
        }
        return stack.remove(stack.size() - 1);
    }
}
