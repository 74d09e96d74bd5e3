package dev.spindle.kernel.bridge;

import dev.spindle.kernel.link.EngineEvent;

/** Receives what an engine reports besides replies: output of cells and input requests. */
interface EngineEvents {

    void onCellEvent(EngineSession session, EngineEvent event);
}
