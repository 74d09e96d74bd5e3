package dev.spindle.kernel.core;

import static dev.spindle.kernel.core.KernelHarness.types;
import static dev.spindle.kernel.protocol.ClientSession.fields;
import static org.assertj.core.api.Assertions.assertThat;

import dev.spindle.kernel.protocol.Channel;
import dev.spindle.kernel.protocol.ClientSession;
import dev.spindle.kernel.protocol.ExecuteRequest;
import dev.spindle.kernel.protocol.KernelInfoRequest;
import dev.spindle.kernel.protocol.Message;
import dev.spindle.kernel.protocol.MessageType;
import dev.spindle.kernel.protocol.RawContent;
import dev.spindle.kernel.protocol.Rejection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of bad input is dropped or refused, never run, and the kernel keeps serving the next request. */
class KernelBadInputTest {

    @TempDir
    Path historyDirectory;

    private KernelHarness kernel;

    @BeforeEach
    void startKernel() throws InterruptedException {
        kernel = new KernelHarness(historyDirectory);
        kernel.next(Channel.IOPUB);
    }

    @AfterEach
    void stopKernel() throws InterruptedException {
        kernel.close();
    }

    @Test
    void dropsMalformedJsonAndKeepsServing() throws InterruptedException {
        List<byte[]> frames = signed("{not json", "{}", "{}", "{}");

        kernel.transport.deliver(Channel.SHELL, frames);

        assertKernelStillServesAfterDropping(Rejection.Reason.MALFORMED_JSON);
    }

    @Test
    void dropsAHeaderWithoutRequiredFieldsAndKeepsServing() throws InterruptedException {
        List<byte[]> frames = signed("{\"msg_type\":\"execute_request\",\"session\":\"s\"}", "{}", "{}",
                "{\"code\":\"never\"}");

        kernel.transport.deliver(Channel.SHELL, frames);

        assertKernelStillServesAfterDropping(Rejection.Reason.MISSING_HEADER_FIELDS);
    }

    @Test
    void dropsAWronglySignedMessageAndKeepsServing() throws InterruptedException {
        ClientSession impostor = new ClientSession("not the key", "impostor");

        kernel.transport.deliver(Channel.SHELL, impostor.frames(impostor.request(MessageType.EXECUTE_REQUEST,
                ExecuteRequest.of("never"))));

        assertKernelStillServesAfterDropping(Rejection.Reason.BAD_SIGNATURE);
    }

    @Test
    void dropsAnOversizedMessageAndKeepsServing() throws InterruptedException {
        List<byte[]> frames = new ArrayList<>(kernel.client.frames(kernel.client.request(
                MessageType.EXECUTE_REQUEST, ExecuteRequest.of("never"))));
        frames.add(new byte[65 * 1024 * 1024]);

        kernel.transport.deliver(Channel.SHELL, frames);

        assertKernelStillServesAfterDropping(Rejection.Reason.OVERSIZED);
    }

    @Test
    void answersNothingToAnUnknownMessageTypeButReportsBusyAndIdle() throws InterruptedException {
        Message unknown = kernel.sendRaw(Channel.SHELL, "frobnicate_request", new RawContent(Map.of()));

        assertThat(types(kernel.iopubThroughIdleOf(unknown))).containsExactly("status:busy", "status:idle");
        assertKernelStillServes();
    }

    @Test
    void refusesAnExecuteRequestOnControlWithoutRunningIt() throws InterruptedException {
        Message request = kernel.send(Channel.CONTROL, MessageType.EXECUTE_REQUEST, ExecuteRequest.of("never"));

        Map<String, Object> reply = fields(kernel.next(Channel.CONTROL));

        assertThat(reply).containsEntry("status", "error").containsEntry("ename", "WrongChannel")
                .containsEntry("execution_count", 0);
        assertThat(types(kernel.iopubThroughIdleOf(request))).containsExactly("status:busy", "status:idle");
        assertThat(kernel.interpreter.executed).isEmpty();
        assertKernelStillServes();
    }

    @Test
    void refusesAShellRequestOnStdinWithAnErrorReplyOnStdin() throws InterruptedException {
        Message request = kernel.send(Channel.STDIN, MessageType.KERNEL_INFO_REQUEST, new KernelInfoRequest());

        Message reply = kernel.next(Channel.STDIN);

        assertThat(reply.msgType()).isEqualTo("kernel_info_reply");
        assertThat(fields(reply)).containsEntry("status", "error").containsEntry("ename", "WrongChannel");
        assertThat(types(kernel.iopubThroughIdleOf(request))).containsExactly("status:busy", "status:idle");
        assertKernelStillServes();
    }

    @Test
    void dropsAnInputReplyNobodyAskedFor() throws InterruptedException {
        kernel.sendRaw(Channel.STDIN, "input_reply", new RawContent(Map.of("value", "stray")));

        assertKernelStillServes();
        assertThat(kernel.nextNow(Channel.STDIN)).isEmpty();
    }

    private void assertKernelStillServesAfterDropping(Rejection.Reason reason) throws InterruptedException {
        assertKernelStillServes();
        assertThat(kernel.rejections).extracting(Rejection::reason).containsExactly(reason);
        assertThat(kernel.interpreter.executed).isEmpty();
    }

    /** The dropped input came first on a FIFO channel, so once this reply is back it has been dealt with. */
    private void assertKernelStillServes() throws InterruptedException {
        Message request = kernel.send(Channel.SHELL, MessageType.KERNEL_INFO_REQUEST, new KernelInfoRequest());
        Message reply = kernel.next(Channel.SHELL);
        assertThat(reply.parentHeader().msgId()).isEqualTo(request.header().msgId());
        assertThat(types(kernel.iopubThroughIdleOf(request))).endsWith("status:busy", "status:idle");
    }

    private static List<byte[]> signed(String header, String parent, String metadata, String content) {
        List<byte[]> signed = List.of(bytes(header), bytes(parent), bytes(metadata), bytes(content));
        String signature = dev.spindle.kernel.protocol.HmacSigner.withKey(KernelHarness.KEY).sign(signed);
        List<byte[]> frames = new ArrayList<>(List.of(bytes("client-1"), bytes("<IDS|MSG>"), bytes(signature)));
        frames.addAll(signed);
        return frames;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
