package dev.spindle.kernel.bridge;

import dev.spindle.kernel.spi.ExecuteOptions;
import dev.spindle.kernel.spi.InterruptCheck;
import dev.spindle.kernel.spi.ExecuteOutcome;
import dev.spindle.kernel.spi.MimeBundle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Helpers for tests that run a real engine JVM. */
final class Engines {

    private static final AtomicInteger COUNT = new AtomicInteger();

    private Engines() {
    }

    /** Small heap so that a heap bomb ends quickly. */
    static EngineInterpreter start() {
        return new EngineInterpreter(EngineSettings.fromEnvironment().withJvmOptions(List.of("-Xmx256m"))
                .withAotCache(null, false));
    }

    static ExecuteOutcome run(EngineInterpreter interpreter, String code, RecordingCellOutput output) {
        return interpreter.execute(options(code, true), output);
    }

    static ExecuteOutcome run(EngineInterpreter interpreter, String code) {
        return run(interpreter, code, new RecordingCellOutput());
    }

    static ExecuteOptions options(String code, boolean allowStdin) {
        return new ExecuteOptions(code, COUNT.incrementAndGet(), false, true, allowStdin, Map.of(), InterruptCheck.NEVER);
    }

    static String plain(ExecuteOutcome outcome) {
        if (!(outcome instanceof ExecuteOutcome.Success success)) {
            throw new AssertionError("expected success, got " + outcome);
        }
        MimeBundle result = success.result();
        return result == null ? null : (String) result.data().get("text/plain");
    }

    static ExecuteOutcome.Failure failure(ExecuteOutcome outcome) {
        if (!(outcome instanceof ExecuteOutcome.Failure failure)) {
            throw new AssertionError("expected failure, got " + outcome);
        }
        return failure;
    }

    /** CPU time (user + system, in clock ticks, usually 1/100 s) the process used so far, from /proc. */
    static long cpuTicks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException e) {
            return -1;
        }
    }

    /** Fraction of one core the process used over about a second. */
    static double cpuLoad(long pid) throws InterruptedException {
        long before = cpuTicks(pid);
        long start = System.nanoTime();
        Thread.sleep(1000);
        long after = cpuTicks(pid);
        double seconds = (System.nanoTime() - start) / 1e9;
        return (after - before) / 100.0 / seconds;
    }

    static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
