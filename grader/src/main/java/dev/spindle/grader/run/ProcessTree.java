package dev.spindle.grader.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Kills a child JVM and everything it started. Descendants are collected while the child runs, because a
 * grandchild whose parent died is re-parented and no longer shows up in {@code descendants()}.
 */
final class ProcessTree {

    private static final long KILL_WAIT_NANOS = TimeUnit.SECONDS.toNanos(5);
    private static final long POLL_MILLIS = 5;

    private final ProcessHandle root;
    private final Set<ProcessHandle> seen = new LinkedHashSet<>();

    ProcessTree(ProcessHandle root) {
        this.root = root;
    }

    void remember() {
        root.descendants().forEach(seen::add);
    }

    /** @return how many processes are still running afterwards */
    int killAll() {
        remember();
        Set<ProcessHandle> all = new LinkedHashSet<>(seen);
        all.add(root);
        all.forEach(ProcessHandle::destroyForcibly);
        long deadline = System.nanoTime() + KILL_WAIT_NANOS;
        int running = countRunning(all);
        while (running > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            running = countRunning(all);
        }
        return running;
    }

    private static int countRunning(Set<ProcessHandle> processes) {
        return (int) processes.stream().filter(ProcessTree::running).count();
    }

    /**
     * Alive and not a zombie. A zombie has released its memory and files and runs nothing; it only waits for
     * its parent to collect it. Orphans of the sandbox are collected by init, which on some hosts does that
     * only every second or two: {@link ProcessHandle#onExit()} would wait that long for a process that is
     * already dead (it polls non-children starting at 300 ms).
     */
    static boolean running(ProcessHandle process) {
        return process.isAlive() && !isZombie(process.pid());
    }

    static boolean isZombie(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            int end = stat.lastIndexOf(')');
            return end > 0 && end + 2 < stat.length() && stat.charAt(end + 2) == 'Z';
        } catch (IOException e) {
            return false;
        }
    }
}
