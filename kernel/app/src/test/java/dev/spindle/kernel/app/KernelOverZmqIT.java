package dev.spindle.kernel.app;

import static dev.spindle.kernel.protocol.ClientSession.fields;
import static org.assertj.core.api.Assertions.assertThat;

import dev.spindle.kernel.protocol.Channel;
import dev.spindle.kernel.protocol.ClientSession;
import dev.spindle.kernel.protocol.ExecuteRequest;
import dev.spindle.kernel.protocol.KernelInfoRequest;
import dev.spindle.kernel.protocol.Message;
import dev.spindle.kernel.protocol.MessageType;
import dev.spindle.kernel.protocol.ShutdownRequest;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** KernelMain.run over real ZeroMQ sockets on loopback, with a JeroMQ client in the test. */
class KernelOverZmqIT {

    private static final String KEY = "5ca1ab1e-0000-4000-8000-000000000001";

    @TempDir
    Path directory;

    private Thread kernel;
    private final AtomicReference<Throwable> kernelFailure = new AtomicReference<>();
    private ZmqClient client;

    @BeforeEach
    void startKernel() throws IOException {
        List<Integer> ports = freePorts(5);
        Path connectionFile = directory.resolve("kernel.json");
        Files.writeString(connectionFile, """
                {"shell_port": %d, "iopub_port": %d, "stdin_port": %d, "control_port": %d, "hb_port": %d,
                 "ip": "127.0.0.1", "key": "%s", "transport": "tcp", "signature_scheme": "hmac-sha256",
                 "kernel_name": "spindle"}
                """.formatted(ports.get(0), ports.get(1), ports.get(2), ports.get(3), ports.get(4), KEY));
        kernel = Thread.ofPlatform().name("kernel-under-test").start(() -> {
            try {
                KernelMain.run(connectionFile, EchoInterpreter::new);
            } catch (IOException | RuntimeException e) {
                kernelFailure.set(e);
            }
        });
        String base = "tcp://127.0.0.1:";
        client = new ZmqClient(KEY, base + ports.get(0), base + ports.get(3), base + ports.get(1), base + ports.get(4));
    }

    @AfterEach
    void stopKernel() throws InterruptedException {
        if (kernel.isAlive()) {
            client.send(Channel.CONTROL, MessageType.SHUTDOWN_REQUEST, new ShutdownRequest(false));
            kernel.join(Duration.ofSeconds(5));
        }
        client.close();
        assertThat(kernelFailure.get()).isNull();
    }

    @Test
    void answersSignedKernelInfoOnShellAndControl() {
        Message onShell = client.send(Channel.SHELL, MessageType.KERNEL_INFO_REQUEST, new KernelInfoRequest());
        Message shellReply = client.receive(Channel.SHELL);
        Message onControl = client.send(Channel.CONTROL, MessageType.KERNEL_INFO_REQUEST, new KernelInfoRequest());
        Message controlReply = client.receive(Channel.CONTROL);

        assertThat(shellReply.parentHeader().msgId()).isEqualTo(onShell.header().msgId());
        assertThat(controlReply.parentHeader().msgId()).isEqualTo(onControl.header().msgId());
        assertThat(fields(shellReply)).containsEntry("status", "ok").containsEntry("protocol_version", "5.3")
                .containsEntry("implementation", "spindle");
        assertThat(shellReply.header().session()).isEqualTo(controlReply.header().session());
    }

    @Test
    void runsACellAndPublishesItsEnvelopeOnIopub() {
        client.awaitIopub();

        Message request = client.send(Channel.SHELL, MessageType.EXECUTE_REQUEST, ExecuteRequest.of("40 + 2"));
        Map<String, Object> reply = fields(client.receive(Channel.SHELL));
        List<Message> iopub = client.iopubThroughIdleOf(request);

        assertThat(reply).containsEntry("status", "ok").containsEntry("execution_count", 1);
        List<Message> ofRequest = iopub.stream()
                .filter(m -> m.parentHeader() != null && m.parentHeader().msgId().equals(request.header().msgId()))
                .toList();
        assertThat(ofRequest).extracting(Message::msgType)
                .containsExactly("status", "execute_input", "execute_result", "status");
        assertThat(fields(ofRequest.get(2))).containsEntry("data", Map.of("text/plain", "40 + 2"));
        assertThat(new String(ofRequest.get(0).identities().getFirst()))
                .startsWith("kernel.").endsWith(".status");
    }

    @Test
    void echoesHeartbeats() {
        assertThat(client.ping(ZmqClient.bytes("ping-1"))).isEqualTo(ZmqClient.bytes("ping-1"));
        assertThat(client.ping(ZmqClient.bytes("ping-2"))).isEqualTo(ZmqClient.bytes("ping-2"));
    }

    @Test
    void dropsAMessageWithABadSignature() {
        ClientSession impostor = new ClientSession("wrong key", "zmq-client");
        client.send(Channel.SHELL, impostor, MessageType.KERNEL_INFO_REQUEST, new KernelInfoRequest());
        Message genuine = client.send(Channel.SHELL, MessageType.KERNEL_INFO_REQUEST, new KernelInfoRequest());

        Message reply = client.receive(Channel.SHELL);

        assertThat(reply.parentHeader().msgId()).isEqualTo(genuine.header().msgId());
        assertThat(client.receive(Channel.SHELL, 0)).isEmpty();
    }

    @Test
    void exitsWithinTwoSecondsOfAShutdownReply() throws InterruptedException {
        client.send(Channel.CONTROL, MessageType.SHUTDOWN_REQUEST, new ShutdownRequest(true));

        Map<String, Object> reply = fields(client.receive(Channel.CONTROL));
        long repliedAt = System.nanoTime();
        kernel.join(Duration.ofSeconds(2));

        assertThat(reply).isEqualTo(Map.of("status", "ok", "restart", true));
        assertThat(kernel.isAlive()).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - repliedAt)).isLessThan(Duration.ofSeconds(2));
    }

    private static List<Integer> freePorts(int count) throws IOException {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                sockets.add(new ServerSocket(0, 1, InetAddress.getLoopbackAddress()));
            }
            return sockets.stream().map(ServerSocket::getLocalPort).toList();
        } finally {
            for (ServerSocket socket : sockets) {
                socket.close();
            }
        }
    }
}
