package dev.spindle.kernel.protocol;

/** The four message channels of a Jupyter kernel (the heartbeat carries raw bytes, not messages). */
public enum Channel {
    SHELL, CONTROL, STDIN, IOPUB;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
