package dev.spindle.grader.child;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Threads as nodes, "waits for a lock owned by" as edges; a cycle is a deadlock. */
final class WaitForGraph {

    private final Map<Long, ThreadSnapshot> threads = new HashMap<>();

    WaitForGraph(List<ThreadSnapshot> snapshots) {
        snapshots.forEach(t -> threads.put(t.tid(), t));
    }

    /** Each thread waits for at most one owner, so following edges from every node finds every cycle. */
    List<List<ThreadSnapshot>> cycles() {
        List<List<ThreadSnapshot>> cycles = new ArrayList<>();
        Set<Long> done = new HashSet<>();
        for (long start : threads.keySet()) {
            LinkedHashSet<Long> path = new LinkedHashSet<>();
            long current = start;
            while (current >= 0 && !done.contains(current) && path.add(current)) {
                ThreadSnapshot t = threads.get(current);
                current = t == null ? -1 : t.waitsForOwner();
            }
            if (current >= 0 && path.contains(current) && !done.contains(current)) {
                List<ThreadSnapshot> cycle = new ArrayList<>();
                boolean inCycle = false;
                for (long id : path) {
                    inCycle |= id == current;
                    if (inCycle) {
                        cycle.add(threads.get(id));
                    }
                }
                cycles.add(cycle);
            }
            done.addAll(path);
        }
        return cycles;
    }
}
