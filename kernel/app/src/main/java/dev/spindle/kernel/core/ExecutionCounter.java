package dev.spindle.kernel.core;

import java.util.concurrent.atomic.AtomicInteger;

/** The In[n] counter: one per kernel process, advanced only by cells that store history. */
public final class ExecutionCounter {

    private final AtomicInteger count = new AtomicInteger();

    /** The number for a new cell: the next one if it stores history, else the current one. */
    public int forCell(boolean storesHistory) {
        return storesHistory ? count.incrementAndGet() : count.get();
    }

    public int current() {
        return count.get();
    }
}
