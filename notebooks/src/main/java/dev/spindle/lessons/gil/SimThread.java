package dev.spindle.lessons.gil;

import java.util.ArrayList;
import java.util.List;

/** A simulated Python thread: a name and the ops it runs in order. */
public record SimThread(String name, List<Op> program) {

    public SimThread {
        program = List.copyOf(program);
    }

    public static SimThread of(String name, Op... program) {
        return new SimThread(name, List.of(program));
    }

    /** A thread that only computes, e.g. {@code countdown(10**8)} in Beazley's talks. */
    public static SimThread cpuBound(String name, long ticks) {
        return of(name, Op.cpu(ticks));
    }

    /** A thread that repeatedly waits for I/O and then runs a few bytecodes to handle the result. */
    public static SimThread ioBound(String name, int rounds, long ioMicros, long ticksPerRound) {
        List<Op> ops = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            ops.add(Op.io(ioMicros));
            ops.add(Op.cpu(ticksPerRound));
        }
        return new SimThread(name, ops);
    }
}
