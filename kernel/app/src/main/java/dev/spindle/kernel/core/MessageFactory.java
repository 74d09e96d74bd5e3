package dev.spindle.kernel.core;

import dev.spindle.kernel.protocol.Content;
import dev.spindle.kernel.protocol.Header;
import dev.spindle.kernel.protocol.JupyterClock;
import dev.spindle.kernel.protocol.Message;
import dev.spindle.kernel.protocol.MessageType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Builds the kernel's outgoing messages: a fresh msg_id each, the one session id of this kernel process. */
public final class MessageFactory {

    private final String session;
    private final String username;
    private final JupyterClock clock;

    public MessageFactory(String session, String username, JupyterClock clock) {
        this.session = session;
        this.username = username;
        this.clock = clock;
    }

    public String session() {
        return session;
    }

    /** A reply goes back along the request's routing identities, with the request's header as parent. */
    public Message reply(Message request, MessageType type, Content content) {
        return new Message(request.identities(), header(type), request.header(), Map.of(), content, List.of());
    }

    /** An IOPub broadcast; its topic frame follows ipykernel's {@code kernel.<id>.<msg_type>}. */
    public Message broadcast(Header parent, MessageType type, Content content) {
        byte[] topic = ("kernel." + session + "." + type.wireName()).getBytes(StandardCharsets.UTF_8);
        return new Message(List.of(topic), header(type), parent, Map.of(), content, List.of());
    }

    /** A message the kernel starts on a ROUTER channel, such as {@code input_request} on stdin. */
    public Message toClient(List<byte[]> identities, Header parent, MessageType type, Content content) {
        return new Message(identities, header(type), parent, Map.of(), content, List.of());
    }

    private Header header(MessageType type) {
        return Header.create(type, session, username, clock);
    }
}
