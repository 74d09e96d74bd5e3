package dev.spindle.grader.run;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Kills a child JVM and everything it started. Descendants are collected while the child runs, because a
 * grandchild whose parent died is re-parented and no longer shows up in {@code descendants()}.
 */
final class ProcessTree {

    private final ProcessHandle root;
    private final Set<ProcessHandle> seen = new LinkedHashSet<>();

    ProcessTree(ProcessHandle root) {
        this.root = root;
    }

    void remember() {
        root.descendants().forEach(seen::add);
    }

    /** @return how many processes are still alive afterwards */
    int killAll() {
        remember();
        Set<ProcessHandle> all = new LinkedHashSet<>(seen);
        all.add(root);
        all.forEach(ProcessHandle::destroyForcibly);
        int alive = 0;
        for (ProcessHandle p : all) {
            try {
                p.onExit().get(5, TimeUnit.SECONDS);
            } catch (Exception e) {
                // checked below
            }
            if (p.isAlive()) {
                alive++;
            }
        }
        return alive;
    }
}
