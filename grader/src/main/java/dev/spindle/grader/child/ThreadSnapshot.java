package dev.spindle.grader.child;

import java.util.List;

/**
 * One thread in a hang, platform or virtual.
 *
 * @param waitsFor the lock it is blocked on or parked at, or {@code null}
 * @param waitsForOwner thread id owning that lock, or -1 when unknown
 */
record ThreadSnapshot(long tid, String name, boolean virtual, String state, List<String> locksHeld,
                      String waitsFor, long waitsForOwner, List<String> stack) {

    String label() {
        String kind = virtual ? "virtual thread #" + tid : "thread #" + tid;
        return name.isEmpty() ? kind : "\"" + name + "\" (" + kind + ")";
    }
}
