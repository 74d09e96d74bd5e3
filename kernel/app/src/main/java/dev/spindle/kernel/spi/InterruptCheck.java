package dev.spindle.kernel.spi;

/**
 * Whether an interrupt came after the kernel received a cell's request. A cell that has not started by then
 * must not start: the user interrupted it while it waited for the kernel, or for a starting engine, to take it.
 */
@FunctionalInterface
public interface InterruptCheck {

    /** For code run on the kernel's own behalf, which no interrupt before it concerns. */
    InterruptCheck NEVER = () -> false;

    boolean interruptedSinceReceived();
}
