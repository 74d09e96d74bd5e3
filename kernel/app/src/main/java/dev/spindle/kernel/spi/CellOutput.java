package dev.spindle.kernel.spi;

import java.util.Map;

/**
 * Where one cell's side effects go. The core binds each instance to the request that ran the cell, so that
 * output written later, by threads that outlive the cell, still lands in that cell. Thread-safe.
 */
public interface CellOutput {

    enum StreamName { STDOUT, STDERR }

    void stream(StreamName name, String text);

    /** Shows a MIME bundle; a non-null {@code displayId} lets later updates replace it. */
    void display(MimeBundle bundle, String displayId);

    /** Replaces every output shown earlier with the same {@code displayId}. */
    void updateDisplay(MimeBundle bundle, String displayId);

    void clearOutput(boolean wait);

    /**
     * Asks the user for a line of input (stdin channel) and blocks until it arrives.
     *
     * @throws InputUnavailableException when the client does not allow stdin or the cell was interrupted
     */
    String input(String prompt, boolean password) throws InputUnavailableException;

    /** Payloads for the execute reply, such as {@code page}: only meaningful while the cell runs. */
    void addPayload(Map<String, Object> payload);
}
