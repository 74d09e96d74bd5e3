package dev.spindle.kernel.protocol;

import java.util.LinkedHashSet;
import java.util.SequencedSet;

/**
 * Remembers the most recent signatures and refuses one seen before, as jupyter_client's session does. Memory is
 * bounded: the oldest signature is forgotten once {@code capacity} are held. Thread-safe.
 */
public final class ReplayGuard {

    public static final int DEFAULT_CAPACITY = 16_384;

    private final int capacity;
    private final SequencedSet<String> seen = new LinkedHashSet<>();

    public ReplayGuard(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.capacity = capacity;
    }

    /** Records the signature; false if it was already recorded. */
    public synchronized boolean firstSighting(String signature) {
        if (!seen.add(signature)) {
            return false;
        }
        if (seen.size() > capacity) {
            seen.removeFirst();
        }
        return true;
    }
}
