package dev.spindle.kernel.magic;

import dev.spindle.kernel.spi.ExecuteOutcome;

import java.time.Duration;
import java.util.Optional;

/**
 * {@code %time STATEMENT} and {@code %%time}: runs the code in the engine and prints, after its output, the
 * wall time and the CPU time the engine JVM used meanwhile (all its threads, JIT and GC included).
 */
final class TimeMagic {

    private TimeMagic() {
    }

    static ExecuteOutcome timed(String code, MagicContext context) {
        Optional<Duration> cpuBefore = engineCpu(context);
        long start = System.nanoTime();
        ExecuteOutcome outcome = context.runJava(code);
        Duration wall = Duration.ofNanos(System.nanoTime() - start);
        Optional<Duration> cpuAfter = engineCpu(context);
        String cpu = cpuBefore.isPresent() && cpuAfter.isPresent()
                ? format(cpuAfter.get().minus(cpuBefore.get())) : "unknown";
        context.print("Wall time: " + format(wall) + ", CPU time (engine JVM, all threads): " + cpu + "\n");
        return outcome;
    }

    private static Optional<Duration> engineCpu(MagicContext context) {
        return context.engine().enginePid().stream().boxed().findFirst()
                .flatMap(ProcessHandle::of).flatMap(process -> process.info().totalCpuDuration());
    }

    static String format(Duration duration) {
        long nanos = duration.toNanos();
        if (nanos < 1_000_000L) {
            return String.format("%.1f µs", nanos / 1e3);
        }
        if (nanos < 1_000_000_000L) {
            return String.format("%.1f ms", nanos / 1e6);
        }
        return String.format("%.3f s", nanos / 1e9);
    }

    static final class Line implements Magic {
        @Override
        public MagicKind kind() {
            return MagicKind.LINE;
        }

        @Override
        public String name() {
            return "time";
        }

        @Override
        public String usage() {
            return "%time STATEMENT";
        }

        @Override
        public String summary() {
            return "Runs one statement or expression and prints its wall and CPU time.";
        }

        @Override
        public String details() {
            return "CPU time is what the whole engine JVM used meanwhile: every thread, the JIT and the GC.";
        }

        @Override
        public ExecuteOutcome run(MagicCall call, MagicContext context) {
            if (call.args().isBlank()) {
                return Outcomes.usage(this, "nothing to time");
            }
            return timed(call.args(), context);
        }
    }

    static final class Cell implements Magic {
        @Override
        public MagicKind kind() {
            return MagicKind.CELL;
        }

        @Override
        public String name() {
            return "time";
        }

        @Override
        public String usage() {
            return "%%time";
        }

        @Override
        public String summary() {
            return "Runs the cell and prints its wall and CPU time after its output.";
        }

        @Override
        public ExecuteOutcome run(MagicCall call, MagicContext context) {
            return timed(call.body(), context);
        }
    }
}
