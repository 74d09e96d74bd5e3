package dev.spindle.kernel.core;

import dev.spindle.kernel.spi.InterruptCheck;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts interrupts, so that a request can tell whether one came after the kernel received it. Shell and
 * control are read by different threads, so an interrupt can overtake the cell it was meant for: the user
 * pressed the button while the cell's request still waited to be taken (a fresh kernel loading its classes, a
 * busy machine).
 */
final class InterruptLedger {

    private final AtomicLong count = new AtomicLong();

    void interrupted() {
        count.incrementAndGet();
    }

    /** A check that fires once an interrupt is counted after this call. */
    InterruptCheck fromNow() {
        long seen = count.get();
        return () -> count.get() != seen;
    }
}
