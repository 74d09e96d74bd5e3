package dev.spindle.kernel.protocol;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Multipart frames to and from {@link Message}:
 * {@code [identities…] "<IDS|MSG>" signature header parent_header metadata content [buffers…]}.
 *
 * <p>Signatures are checked over the frames exactly as received, never over re-serialised JSON. Anything
 * wrong with the input is a {@link Decoded.Rejected}, never an exception. Messages larger than
 * {@link #MAX_MESSAGE_BYTES} in total (all frames, buffers included) are refused before any parsing: a
 * notebook never needs more, and it bounds what one bad peer can make the kernel hold.
 */
public final class WireCodec {

    public static final long MAX_MESSAGE_BYTES = 64L * 1024 * 1024;

    private static final byte[] DELIMITER = "<IDS|MSG>".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] EMPTY_OBJECT = "{}".getBytes(StandardCharsets.US_ASCII);
    private static final List<String> REQUIRED_HEADER_FIELDS = List.of("msg_id", "msg_type", "session");
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };

    private final HmacSigner signer;
    private final ReplayGuard replayGuard;
    private final long maxMessageBytes;

    public WireCodec(HmacSigner signer, ReplayGuard replayGuard, long maxMessageBytes) {
        this.signer = signer;
        this.replayGuard = replayGuard;
        this.maxMessageBytes = maxMessageBytes;
    }

    public static WireCodec withKey(String key) {
        return new WireCodec(HmacSigner.withKey(key), new ReplayGuard(ReplayGuard.DEFAULT_CAPACITY), MAX_MESSAGE_BYTES);
    }

    public List<byte[]> encode(Message message) {
        ObjectMapper json = Json.mapper();
        try {
            byte[] header = json.writeValueAsBytes(message.header());
            byte[] parent = message.parentHeader() == null ? EMPTY_OBJECT : json.writeValueAsBytes(message.parentHeader());
            byte[] metadata = json.writeValueAsBytes(message.metadata());
            byte[] content = json.writeValueAsBytes(message.content());
            List<byte[]> signed = List.of(header, parent, metadata, content);
            List<byte[]> frames = new ArrayList<>(message.identities().size() + 6 + message.buffers().size());
            frames.addAll(message.identities());
            frames.add(DELIMITER);
            frames.add(signer.sign(signed).getBytes(StandardCharsets.US_ASCII));
            frames.addAll(signed);
            frames.addAll(message.buffers());
            return frames;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot serialise " + message.header().msgType(), e);
        }
    }

    public Decoded decode(List<byte[]> frames) {
        long size = frames.stream().mapToLong(frame -> frame.length).sum();
        if (size > maxMessageBytes) {
            return Decoded.rejected(Rejection.Reason.OVERSIZED, size + " bytes > limit " + maxMessageBytes);
        }
        int delimiter = indexOfDelimiter(frames);
        if (delimiter < 0) {
            return Decoded.rejected(Rejection.Reason.NO_DELIMITER, frames.size() + " frames without <IDS|MSG>");
        }
        if (frames.size() - delimiter - 1 < 5) {
            return Decoded.rejected(Rejection.Reason.TOO_FEW_FRAMES,
                    (frames.size() - delimiter - 1) + " frames after the delimiter, 5 needed");
        }
        byte[] signature = frames.get(delimiter + 1);
        List<byte[]> signed = frames.subList(delimiter + 2, delimiter + 6);
        if (signer.signs()) {
            if (signature.length == 0) {
                return Decoded.rejected(Rejection.Reason.MISSING_SIGNATURE, "unsigned message");
            }
            if (!signer.verify(signature, signed)) {
                return Decoded.rejected(Rejection.Reason.BAD_SIGNATURE, "signature does not match");
            }
            if (!replayGuard.firstSighting(new String(signature, StandardCharsets.US_ASCII))) {
                return Decoded.rejected(Rejection.Reason.REPLAYED, "signature seen before");
            }
        }
        return parse(frames.subList(0, delimiter), signed, frames.subList(delimiter + 6, frames.size()));
    }

    private Decoded parse(List<byte[]> identities, List<byte[]> signed, List<byte[]> buffers) {
        ObjectMapper json = Json.mapper();
        JsonNode header;
        JsonNode parent;
        Map<String, Object> metadata;
        JsonNode content;
        try {
            header = json.readTree(signed.get(0));
            parent = json.readTree(signed.get(1));
            metadata = json.readValue(signed.get(2), MAP);
            content = json.readTree(signed.get(3));
        } catch (IOException e) {
            return Decoded.rejected(Rejection.Reason.MALFORMED_JSON, firstLine(e.getMessage()));
        }
        if (header == null || !header.isObject() || parent == null || !parent.isObject()
                || content == null || !content.isObject()) {
            return Decoded.rejected(Rejection.Reason.MALFORMED_JSON, "header, parent_header and content must be objects");
        }
        List<String> missing = REQUIRED_HEADER_FIELDS.stream()
                .filter(field -> !header.path(field).isTextual() || header.path(field).asText().isEmpty())
                .toList();
        if (!missing.isEmpty()) {
            return Decoded.rejected(Rejection.Reason.MISSING_HEADER_FIELDS, "header lacks " + missing);
        }
        Header parsedHeader = toHeader(header);
        Optional<Content> parsedContent = toContent(parsedHeader.msgType(), content);
        if (parsedContent.isEmpty()) {
            return Decoded.rejected(Rejection.Reason.MALFORMED_CONTENT,
                    "content does not fit " + parsedHeader.msgType() + ": " + content);
        }
        Header parentHeader = parent.isEmpty() ? null : toHeader(parent);
        return new Decoded.Accepted(new Message(identities, parsedHeader, parentHeader,
                metadata == null ? Map.of() : metadata, parsedContent.get(), buffers));
    }

    private static Header toHeader(JsonNode node) {
        return new Header(text(node, "msg_id"), text(node, "session"), text(node, "username"),
                text(node, "date"), text(node, "msg_type"), text(node, "version"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? "" : value.asText();
    }

    private static Optional<Content> toContent(String msgType, JsonNode content) {
        Optional<Class<? extends Content>> type = MessageType.fromWireName(msgType).flatMap(MessageType::inboundContent);
        try {
            if (type.isPresent()) {
                return Optional.of(Json.mapper().treeToValue(content, type.get()));
            }
            return Optional.of(new RawContent(Json.mapper().convertValue(content, MAP)));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static int indexOfDelimiter(List<byte[]> frames) {
        for (int i = 0; i < frames.size(); i++) {
            if (Arrays.equals(frames.get(i), DELIMITER)) {
                return i;
            }
        }
        return -1;
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "unreadable JSON";
        }
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
