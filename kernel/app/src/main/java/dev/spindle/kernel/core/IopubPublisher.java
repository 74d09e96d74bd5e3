package dev.spindle.kernel.core;

import dev.spindle.kernel.protocol.Content;
import dev.spindle.kernel.protocol.Header;
import dev.spindle.kernel.protocol.MessageType;
import dev.spindle.kernel.protocol.Status;
import dev.spindle.kernel.transport.Transport;

/** Broadcasts on IOPub with a given parent; safe from any thread. */
public final class IopubPublisher {

    private final Transport transport;
    private final MessageFactory messages;

    public IopubPublisher(Transport transport, MessageFactory messages) {
        this.transport = transport;
        this.messages = messages;
    }

    public void publish(Header parent, MessageType type, Content content) {
        transport.publish(messages.broadcast(parent, type, content));
    }

    public void status(Header parent, Status.ExecutionState state) {
        publish(parent, MessageType.STATUS, new Status(state));
    }
}
