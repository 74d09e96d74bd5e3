package dev.spindle.grader.sandbox;

import java.util.BitSet;

/**
 * Hands out a distinct uid to each concurrent run: RLIMIT_NPROC counts every process of a uid system-wide, and
 * killing "everything of this uid" is only safe when the uid runs nothing else. The block depends on the
 * grader's pid so two graders on one host rarely share uids.
 */
final class SandboxUids {

    private static final int SLOTS = 64;
    private static final int BASE = baseFor(ProcessHandle.current().pid());
    private static final BitSet taken = new BitSet(SLOTS);

    private SandboxUids() {}

    static int baseFor(long graderPid) {
        return 200_000 + (int) (graderPid % 20_000) * SLOTS;
    }

    /** True for uids the grader with this pid hands out. */
    static boolean ownedBy(long graderPid, int uid) {
        return uid >= baseFor(graderPid) && uid < baseFor(graderPid) + SLOTS;
    }

    static int probeUid() {
        return BASE + SLOTS - 1;
    }

    /** True for uids this grader process hands out (including the probe's). */
    static boolean ours(int uid) {
        return uid >= BASE && uid < BASE + SLOTS;
    }

    static synchronized int acquire() {
        int slot = taken.nextClearBit(0);
        if (slot >= SLOTS - 1) {
            throw new IllegalStateException("more than " + (SLOTS - 1) + " concurrent sandboxes");
        }
        taken.set(slot);
        return BASE + slot;
    }

    static synchronized void release(int uid) {
        taken.clear(uid - BASE);
    }
}
