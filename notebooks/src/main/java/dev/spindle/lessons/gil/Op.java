package dev.spindle.lessons.gil;

/** One step of a simulated Python thread's program. One tick is one bytecode and one virtual microsecond. */
public sealed interface Op permits Op.Cpu, Op.Io {

    /** Executes {@code ticks} bytecodes; only the GIL holder may do this. */
    record Cpu(long ticks) implements Op {
        public Cpu {
            if (ticks <= 0) throw new IllegalArgumentException("ticks must be positive: " + ticks);
        }
    }

    /** A blocking system call of {@code micros}; CPython runs it with the GIL released (Py_BEGIN_ALLOW_THREADS). */
    record Io(long micros) implements Op {
        public Io {
            if (micros <= 0) throw new IllegalArgumentException("micros must be positive: " + micros);
        }
    }

    static Cpu cpu(long ticks) {
        return new Cpu(ticks);
    }

    static Io io(long micros) {
        return new Io(micros);
    }
}
