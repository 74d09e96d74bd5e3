package dev.spindle.runtime;

/**
 * Where {@link Display} sends bundles. The engine that runs the notebook installs one at start-up with
 * {@link Display#installSink}; without it, displays fall back to printing {@code text/plain}.
 */
public interface DisplaySink {

    void display(Mime bundle, String displayId);

    void updateDisplay(Mime bundle, String displayId);

    void clearOutput(boolean wait);
}
