package dev.spindle.kernel.magic;

import dev.spindle.kernel.spi.InterruptCheck;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Processes magics started for the running cell, so that an interrupt kills them with their whole tree. */
public final class ChildProcesses {

    private final Set<Process> running = ConcurrentHashMap.newKeySet();
    private final Set<Process> killed = ConcurrentHashMap.newKeySet();

    /**
     * Starts a process for the running cell, unless the cell was interrupted before it got here: empty then.
     * Atomic with {@link #killAll}, so an interrupt either prevents the start or kills what started.
     */
    public synchronized Optional<Process> start(ProcessBuilder builder, InterruptCheck interrupts) throws IOException {
        if (interrupts.interruptedSinceReceived()) {
            return Optional.empty();
        }
        Process process = builder.start();
        running.add(process);
        return Optional.of(process);
    }

    public void ended(Process process) {
        running.remove(process);
        killed.remove(process);
    }

    public boolean wasKilled(Process process) {
        return killed.contains(process);
    }

    public boolean isEmpty() {
        return running.isEmpty();
    }

    /** Descendants first, so that none is re-parented and left behind. */
    public synchronized void killAll() {
        for (Process process : running) {
            killed.add(process);
            kill(process);
        }
    }

    static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }
}
