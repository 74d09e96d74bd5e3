package dev.spindle.kernel.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A test client: builds signed requests with a routing identity and decodes what the kernel sends. */
public final class ClientSession {

    private final WireCodec codec;
    private final String session = UUID.randomUUID().toString();
    private final byte[] identity;
    private final JupyterClock clock = new JupyterClock(Clock.systemUTC());

    public ClientSession(String key, String identity) {
        this.codec = WireCodec.withKey(key);
        this.identity = identity.getBytes(StandardCharsets.UTF_8);
    }

    public byte[] identity() {
        return identity.clone();
    }

    public Message request(MessageType type, Content content) {
        return request(type.wireName(), content, null);
    }

    public Message request(String msgType, Content content, Header parent) {
        return new Message(List.of(identity), Header.create(msgType, session, "tester", clock), parent, Map.of(),
                content, List.of());
    }

    public List<byte[]> frames(Message message) {
        return codec.encode(message);
    }

    /** Decodes frames from the kernel; fails the test if they are not a valid, signed message. */
    public Message decode(List<byte[]> frames) {
        Decoded decoded = codec.decode(frames);
        assertThat(decoded).isInstanceOf(Decoded.Accepted.class);
        return ((Decoded.Accepted) decoded).message();
    }

    /** The content of a message as a client sees it: the JSON object, as a map. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> fields(Message message) {
        return Json.mapper().convertValue(message.content(), Map.class);
    }
}
