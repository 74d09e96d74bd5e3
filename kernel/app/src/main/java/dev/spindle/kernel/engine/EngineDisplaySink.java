package dev.spindle.kernel.engine;

import dev.spindle.kernel.link.EngineEvent;
import dev.spindle.runtime.DisplaySink;
import dev.spindle.runtime.Mime;

/** Sends what cells pass to {@code display(...)} to the kernel, tagged with the cell of the calling thread. */
final class EngineDisplaySink implements DisplaySink {

    private final OutputRouter output;

    EngineDisplaySink(OutputRouter output) {
        this.output = output;
    }

    @Override
    public void display(Mime bundle, String displayId) {
        long cell = CurrentCell.get().cellId();
        output.sendAfterOutput(cell, new EngineEvent.DisplayData(cell, MimeConversion.toBundle(bundle), displayId, false));
    }

    @Override
    public void updateDisplay(Mime bundle, String displayId) {
        long cell = CurrentCell.get().cellId();
        output.sendAfterOutput(cell, new EngineEvent.DisplayData(cell, MimeConversion.toBundle(bundle), displayId, true));
    }

    @Override
    public void clearOutput(boolean wait) {
        long cell = CurrentCell.get().cellId();
        output.sendAfterOutput(cell, new EngineEvent.ClearOutput(cell, wait));
    }
}
