package dev.spindle.kernel.protocol;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One Jupyter message. {@code identities} are the ROUTER routing frames (or the IOPub topic) that precede the
 * delimiter; {@code parentHeader} is null when the message has no parent (it is sent as {@code {}}).
 */
public record Message(List<byte[]> identities, Header header, Header parentHeader, Map<String, Object> metadata,
                      Content content, List<byte[]> buffers) {

    public Message {
        identities = List.copyOf(identities);
        metadata = metadata == null ? Map.of() : metadata;
        buffers = buffers == null ? List.of() : List.copyOf(buffers);
    }

    public Optional<MessageType> type() {
        return MessageType.fromWireName(header.msgType());
    }

    public String msgType() {
        return header.msgType();
    }

    public <C extends Content> C contentAs(Class<C> type) {
        return type.cast(content);
    }
}
