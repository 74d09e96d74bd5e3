package dev.spindle.kernel.core;

import dev.spindle.kernel.protocol.ClearOutput;
import dev.spindle.kernel.protocol.DisplayData;
import dev.spindle.kernel.protocol.Header;
import dev.spindle.kernel.protocol.InputRequest;
import dev.spindle.kernel.protocol.Message;
import dev.spindle.kernel.protocol.MessageType;
import dev.spindle.kernel.protocol.Stream;
import dev.spindle.kernel.protocol.UpdateDisplayData;
import dev.spindle.kernel.spi.CellOutput;
import dev.spindle.kernel.spi.InputUnavailableException;
import dev.spindle.kernel.spi.MimeBundle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The output of one execute request. Everything is published with that request as parent, also after the reply,
 * so output from threads the cell started still lands in its cell. A silent request broadcasts nothing.
 */
final class BoundCellOutput implements CellOutput {

    private static final System.Logger LOG = System.getLogger(BoundCellOutput.class.getName());

    private final Message request;
    private final boolean silent;
    private final boolean allowStdin;
    private final IopubPublisher iopub;
    private final MessageFactory messages;
    private final StdinBroker stdin;
    private final int interruptsAtStart;
    private final List<Map<String, Object>> payloads = new ArrayList<>();
    private volatile boolean finished;

    BoundCellOutput(Message request, boolean silent, boolean allowStdin, IopubPublisher iopub,
                    MessageFactory messages, StdinBroker stdin) {
        this.request = request;
        this.silent = silent;
        this.allowStdin = allowStdin;
        this.iopub = iopub;
        this.messages = messages;
        this.stdin = stdin;
        this.interruptsAtStart = stdin.interruptCount();
    }

    @Override
    public void stream(StreamName name, String text) {
        if (!silent && !text.isEmpty()) {
            iopub.publish(parent(), MessageType.STREAM, new Stream(name.name().toLowerCase(Locale.ROOT), text));
        }
    }

    @Override
    public void display(MimeBundle bundle, String displayId) {
        if (!silent) {
            iopub.publish(parent(), MessageType.DISPLAY_DATA,
                    new DisplayData(bundle.data(), bundle.metadata(), displayIdOrNull(displayId)));
        }
    }

    @Override
    public void updateDisplay(MimeBundle bundle, String displayId) {
        if (displayId == null) {
            LOG.log(System.Logger.Level.WARNING, "update_display_data without a display id: dropped");
            return;
        }
        if (!silent) {
            iopub.publish(parent(), MessageType.UPDATE_DISPLAY_DATA,
                    new UpdateDisplayData(bundle.data(), bundle.metadata(), displayIdOrNull(displayId)));
        }
    }

    @Override
    public void clearOutput(boolean wait) {
        if (!silent) {
            iopub.publish(parent(), MessageType.CLEAR_OUTPUT, new ClearOutput(wait));
        }
    }

    @Override
    public String input(String prompt, boolean password) throws InputUnavailableException {
        if (!allowStdin) {
            throw new InputUnavailableException("this client does not accept input requests (allow_stdin is false)");
        }
        if (finished) {
            throw new InputUnavailableException("the cell has finished; input is only possible while it runs");
        }
        Message inputRequest = messages.toClient(request.identities(), parent(), MessageType.INPUT_REQUEST,
                new InputRequest(prompt == null ? "" : prompt, password));
        return stdin.exchange(inputRequest, interruptsAtStart);
    }

    @Override
    public void addPayload(Map<String, Object> payload) {
        synchronized (payloads) {
            if (finished) {
                LOG.log(System.Logger.Level.WARNING, "payload after the execute reply: dropped");
                return;
            }
            payloads.add(Map.copyOf(payload));
        }
    }

    /** Marks the end of the cell's main code; returns the payloads for its reply. */
    List<Map<String, Object>> finish() {
        synchronized (payloads) {
            finished = true;
            return List.copyOf(payloads);
        }
    }

    private Header parent() {
        return request.header();
    }

    private static Map<String, Object> displayIdOrNull(String displayId) {
        return displayId == null ? null : Map.of("display_id", displayId);
    }
}
