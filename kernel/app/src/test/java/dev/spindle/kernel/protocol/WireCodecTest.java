package dev.spindle.kernel.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class WireCodecTest {

    private static final String KEY = "a0436f6c-1916-498b-8eb9-e81ab9368e84";

    private final ClientSession client = new ClientSession(KEY, "client-1");
    private final WireCodec kernel = WireCodec.withKey(KEY);

    @Test
    void roundTripsAnExecuteRequestWithIdentitiesParentAndBuffers() {
        Header parent = Header.create(MessageType.KERNEL_INFO_REQUEST, "s", "u", JupyterClock.system());
        Message sent = new Message(List.of(bytes("id-a"), bytes("id-b")),
                Header.create(MessageType.EXECUTE_REQUEST, "session-1", "tester", JupyterClock.system()), parent,
                Map.of("tag", "x"), new ExecuteRequest("1 + 1", false, false, Map.of("e", "2"), false, false),
                List.of(new byte[] {1, 2, 3}));

        Message received = accepted(kernel.decode(client.frames(sent)));

        assertThat(received.identities()).containsExactly(bytes("id-a"), bytes("id-b"));
        assertThat(received.header()).isEqualTo(sent.header());
        assertThat(received.parentHeader()).isEqualTo(parent);
        assertThat(received.metadata()).isEqualTo(Map.of("tag", "x"));
        assertThat(received.content()).isEqualTo(sent.content());
        assertThat(received.buffers()).containsExactly(new byte[] {1, 2, 3});
    }

    @Test
    void encodesTheFramesOfTheWireProtocolInOrder() {
        Message reply = new Message(List.of(bytes("id")),
                new Header("m1", "s1", "kernel", "2024-01-02T03:04:05.123456Z", "status", "5.3"), null, Map.of(),
                new Status(Status.ExecutionState.IDLE), List.of());

        List<byte[]> frames = kernel.encode(reply);

        assertThat(text(frames.get(0))).isEqualTo("id");
        assertThat(text(frames.get(1))).isEqualTo("<IDS|MSG>");
        assertThat(text(frames.get(3))).isEqualTo(
                "{\"msg_id\":\"m1\",\"session\":\"s1\",\"username\":\"kernel\","
                        + "\"date\":\"2024-01-02T03:04:05.123456Z\",\"msg_type\":\"status\",\"version\":\"5.3\"}");
        assertThat(text(frames.get(4))).isEqualTo("{}");
        assertThat(text(frames.get(5))).isEqualTo("{}");
        assertThat(text(frames.get(6))).isEqualTo("{\"execution_state\":\"idle\"}");
        assertThat(text(frames.get(2))).isEqualTo(hmac(KEY, frames.subList(3, 7)));
    }

    @Test
    void signsWithLowerCaseHex() {
        List<byte[]> frames = kernel.encode(client.request(MessageType.KERNEL_INFO_REQUEST, new KernelInfoRequest()));

        assertThat(text(frames.get(2))).matches("[0-9a-f]{64}");
    }

    @Test
    void rejectsAFrameTamperedWithAfterSigning() {
        List<byte[]> frames = new ArrayList<>(client.frames(client.request(MessageType.EXECUTE_REQUEST,
                ExecuteRequest.of("safe()"))));
        frames.set(6, text(frames.get(6)).replace("safe()", "evil()").getBytes(StandardCharsets.UTF_8));

        assertThat(rejection(kernel.decode(frames))).isEqualTo(Rejection.Reason.BAD_SIGNATURE);
    }

    @Test
    void rejectsAMessageSignedWithAnotherKey() {
        ClientSession stranger = new ClientSession("another key", "client-2");

        assertThat(rejection(kernel.decode(stranger.frames(stranger.request(MessageType.KERNEL_INFO_REQUEST,
                new KernelInfoRequest()))))).isEqualTo(Rejection.Reason.BAD_SIGNATURE);
    }

    @Test
    void rejectsAnUnsignedMessageWhenAKeyIsSet() {
        List<byte[]> frames = new ArrayList<>(client.frames(client.request(MessageType.KERNEL_INFO_REQUEST,
                new KernelInfoRequest())));
        frames.set(2, new byte[0]);

        assertThat(rejection(kernel.decode(frames))).isEqualTo(Rejection.Reason.MISSING_SIGNATURE);
    }

    @Test
    void rejectsAReplayedMessage() {
        List<byte[]> frames = client.frames(client.request(MessageType.KERNEL_INFO_REQUEST, new KernelInfoRequest()));

        assertThat(kernel.decode(frames)).isInstanceOf(Decoded.Accepted.class);
        assertThat(rejection(kernel.decode(frames))).isEqualTo(Rejection.Reason.REPLAYED);
    }

    @Test
    void acceptsUnsignedMessagesWhenTheKeyIsEmpty() {
        ClientSession open = new ClientSession("", "client-3");
        WireCodec unsigned = WireCodec.withKey("");
        List<byte[]> frames = open.frames(open.request(MessageType.KERNEL_INFO_REQUEST, new KernelInfoRequest()));

        assertThat(frames.get(2)).isEmpty();
        assertThat(unsigned.decode(frames)).isInstanceOf(Decoded.Accepted.class);
    }

    @Test
    void rejectsMalformedJson() {
        List<byte[]> frames = signedRaw("{\"msg_id\":", "{}", "{}", "{}");

        assertThat(rejection(kernel.decode(frames))).isEqualTo(Rejection.Reason.MALFORMED_JSON);
    }

    @Test
    void rejectsAHeaderWithoutMsgIdOrMsgType() {
        List<byte[]> frames = signedRaw("{\"session\":\"s\",\"username\":\"u\",\"version\":\"5.3\"}", "{}", "{}", "{}");

        assertThat(rejection(kernel.decode(frames))).isEqualTo(Rejection.Reason.MISSING_HEADER_FIELDS);
    }

    @Test
    void rejectsContentThatDoesNotFitItsType() {
        List<byte[]> frames = signedRaw("{\"msg_id\":\"1\",\"msg_type\":\"complete_request\",\"session\":\"s\"}",
                "{}", "{}", "{\"code\":\"x\",\"cursor_pos\":\"not a number\"}");

        assertThat(rejection(kernel.decode(frames))).isEqualTo(Rejection.Reason.MALFORMED_CONTENT);
    }

    @Test
    void rejectsAMessageOverTheSizeLimitBeforeParsingIt() {
        WireCodec small = new WireCodec(HmacSigner.withKey(KEY), new ReplayGuard(16), 1_000);
        Message big = client.request(MessageType.EXECUTE_REQUEST, ExecuteRequest.of("x".repeat(2_000)));

        assertThat(rejection(small.decode(client.frames(big)))).isEqualTo(Rejection.Reason.OVERSIZED);
    }

    @Test
    void rejectsFramesWithoutTheDelimiter() {
        assertThat(rejection(kernel.decode(List.of(bytes("id"), bytes("hello")))))
                .isEqualTo(Rejection.Reason.NO_DELIMITER);
    }

    @Test
    void decodesUnknownMessageTypesAsRawContent() {
        Message unknown = client.request("frobnicate_request", new RawContent(Map.of("a", 1)), null);

        Message received = accepted(kernel.decode(client.frames(unknown)));

        assertThat(received.type()).isEmpty();
        assertThat(received.content()).isEqualTo(new RawContent(Map.of("a", 1)));
    }

    @Test
    void fillsExecuteRequestDefaultsFromTheSpec() {
        List<byte[]> frames = signedRaw("{\"msg_id\":\"1\",\"msg_type\":\"execute_request\",\"session\":\"s\"}",
                "{}", "{}", "{\"code\":\"x\"}");

        ExecuteRequest request = (ExecuteRequest) accepted(kernel.decode(frames)).content();

        assertThat(request).isEqualTo(new ExecuteRequest("x", false, true, Map.of(), true, true));
    }

    private List<byte[]> signedRaw(String header, String parent, String metadata, String content) {
        List<byte[]> signed = List.of(bytes(header), bytes(parent), bytes(metadata), bytes(content));
        List<byte[]> frames = new ArrayList<>(List.of(bytes("id"), bytes("<IDS|MSG>"), bytes(hmac(KEY, signed))));
        frames.addAll(signed);
        return frames;
    }

    private static String hmac(String key, List<byte[]> parts) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            parts.forEach(mac::update);
            return HexFormat.of().formatHex(mac.doFinal());
        } catch (java.security.GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    private static Message accepted(Decoded decoded) {
        assertThat(decoded).isInstanceOf(Decoded.Accepted.class);
        return ((Decoded.Accepted) decoded).message();
    }

    private static Rejection.Reason rejection(Decoded decoded) {
        assertThat(decoded).isInstanceOf(Decoded.Rejected.class);
        return ((Decoded.Rejected) decoded).rejection().reason();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
