package dev.spindle.kernel.bridge;

import java.util.List;

/**
 * How an engine JVM ended, for a person: exit status or signal, out of memory, or stopped by the kernel.
 * {@code kernelReason} is set when the kernel itself ended the engine (an interrupt that did not stop).
 */
record EngineExit(Integer status, List<String> stderrTail, String kernelReason) {

    EngineExit {
        stderrTail = List.copyOf(stderrTail);
    }

    boolean outOfMemory() {
        return stderrTail.stream().anyMatch(line -> line.contains("OutOfMemoryError"));
    }

    String describe() {
        if (kernelReason != null) {
            return kernelReason;
        }
        if (outOfMemory()) {
            String detail = stderrTail.stream().filter(line -> line.contains("OutOfMemoryError")).findFirst().orElse("");
            return "the Java engine ran out of memory and ended (" + detail.strip() + ")";
        }
        if (status == null) {
            return "the Java engine stopped answering";
        }
        if (status > 128 && status < 160) {
            int signal = status - 128;
            return "the Java engine was killed by signal " + signal + signalName(signal);
        }
        return "the Java engine ended with exit status " + status
                + (status == 0 ? " (System.exit(0) ends the JVM)" : " (System.exit, Runtime.halt or a crash)");
    }

    private static String signalName(int signal) {
        return switch (signal) {
            case 9 -> " (SIGKILL)";
            case 6 -> " (SIGABRT, a JVM crash)";
            case 11 -> " (SIGSEGV, a JVM crash)";
            case 15 -> " (SIGTERM)";
            default -> "";
        };
    }
}
