package dev.spindle.kernel.link;

import dev.spindle.kernel.spi.Completion;
import dev.spindle.kernel.spi.MimeBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

@Timeout(20)
class FramedChannelTest {

    @Test
    void requestsAndEventsCrossTheSocketIntact(@TempDir Path dir) throws Exception {
        UnixDomainSocketAddress address = UnixDomainSocketAddress.of(dir.resolve("link"));
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(address);
            SocketChannel client = SocketChannel.open(StandardProtocolFamily.UNIX);
            client.connect(address);
            try (var kernel = new FramedChannel<>(server.accept(), EngineEvent.class, EngineRequest.class);
                 var engine = new FramedChannel<>(client, EngineRequest.class, EngineEvent.class)) {
                var execute = new EngineRequest.Execute(7, 3, "1 + 1", 5, false, true, Map.of("x", "y"));
                kernel.send(execute);
                assertThat(engine.receive()).isEqualTo(execute);

                var display = new EngineEvent.DisplayData(3, new MimeBundle(
                        Map.of("text/plain", "t", "application/json", Map.of("a", List.of(1, 2))), Map.of()), "id", true);
                engine.send(display);
                assertThat(kernel.receive()).isEqualTo(display);

                var completed = new EngineEvent.Completed(8, new Completion(List.of("println"), 11, 14, Map.of()));
                engine.send(completed);
                assertThat(kernel.receive()).isEqualTo(completed);
            }
        }
    }

    @Test
    void oneEndReadsWhileTheOtherThreadWrites(@TempDir Path dir) throws Exception {
        UnixDomainSocketAddress address = UnixDomainSocketAddress.of(dir.resolve("link"));
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(address);
            SocketChannel client = SocketChannel.open(StandardProtocolFamily.UNIX);
            client.connect(address);
            try (var kernel = new FramedChannel<>(server.accept(), EngineEvent.class, EngineRequest.class);
                 var engine = new FramedChannel<>(client, EngineRequest.class, EngineEvent.class)) {
                CompletableFuture<EngineRequest> blockedRead = CompletableFuture.supplyAsync(() -> {
                    try {
                        return engine.receive();
                    } catch (java.io.IOException e) {
                        throw new RuntimeException(e);
                    }
                });
                engine.send(new EngineEvent.StreamText(1, "stdout", "written while the read blocks"));
                assertThat(kernel.receive()).isEqualTo(new EngineEvent.StreamText(1, "stdout", "written while the read blocks"));
                kernel.send(new EngineRequest.Interrupt(9));
                assertThat(blockedRead.get()).isEqualTo(new EngineRequest.Interrupt(9));
            }
        }
    }
}
