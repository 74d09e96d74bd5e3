package dev.spindle.kernel.engine;

import dev.spindle.kernel.link.EngineEvent;

/** Sends events to the kernel. Thread-safe; failures mean the kernel is gone and are the sink's business. */
@FunctionalInterface
interface EventSink {
    void send(EngineEvent event);
}
