package dev.spindle.grader.sandbox;

import dev.spindle.grader.exercise.Limits;

/**
 * The numbers one sandboxed run gets, derived from the exercise's limits. The JVM's own limits (-Xmx, direct
 * memory, the thread watchdog) fire first and give precise verdicts; these are the kernel's backstop.
 */
public record SandboxLimits(long memoryBytes, int maxProcesses, int cpuSeconds, long fileSizeBytes, int openFiles,
                            long scratchBytes) {

    private static final long MIB = 1024 * 1024;
    /** Metaspace, code cache, thread stacks, 64 MiB direct memory and the scratch tmpfs on top of the heap. */
    private static final long NON_HEAP_BYTES = 384 * MIB;

    public static SandboxLimits of(Limits limits) {
        return new SandboxLimits(limits.heapMb() * MIB + NON_HEAP_BYTES, limits.maxThreads() + 128,
                2 * limits.wallSeconds() + 5, 64 * MIB, 1024, 64 * MIB);
    }
}
