package dev.spindle.kernel.magic;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Processes magics started for the running cell, so that an interrupt kills them with their whole tree. */
public final class ChildProcesses {

    private final Set<Process> running = ConcurrentHashMap.newKeySet();
    private final Set<Process> killed = ConcurrentHashMap.newKeySet();

    public void started(Process process) {
        running.add(process);
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
    public void killAll() {
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
