package dev.spindle.kernel.bridge;

import dev.spindle.kernel.engine.EngineMain;
import dev.spindle.kernel.link.EngineEvent;
import dev.spindle.kernel.link.EngineRequest;
import dev.spindle.kernel.link.FramedChannel;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Starts an engine JVM and connects to it over a Unix domain socket in a private temporary directory. */
final class EngineLauncher {

    private final EngineSettings settings;
    private final PrintStream log;
    private final List<String> prefix;

    EngineLauncher(EngineSettings settings, PrintStream log) {
        this(settings, log, List.of());
    }

    /** {@code prefix}: a command the JVM runs under, such as {@code nice -n 15}. */
    EngineLauncher(EngineSettings settings, PrintStream log, List<String> prefix) {
        this.settings = settings;
        this.log = log;
        this.prefix = List.copyOf(prefix);
    }

    /** Blocks until the engine connected and said it is ready. */
    EngineSession launch(EngineEvents events) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("spindle-engine-");
        Path socket = dir.resolve("link");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));
            Process process = new ProcessBuilder(command(socket))
                    .redirectOutput(ProcessBuilder.Redirect.PIPE)
                    .redirectErrorStream(true)
                    .start();
            StderrTail stderr = new StderrTail(process.getInputStream(), log, "[engine " + process.pid() + "] ");
            process.onExit().thenRun(() -> closeQuietly(server));
            SocketChannel channel;
            try {
                channel = acceptWithin(server, process);
            } catch (IOException e) {
                process.destroyForcibly();
                process.waitFor(2, TimeUnit.SECONDS);
                throw new IOException("the Java engine did not start: "
                        + new EngineExit(process.isAlive() ? null : process.exitValue(), stderr.lastLines(), null).describe()
                        + "\n" + String.join("\n", stderr.lastLines()), e);
            }
            EngineSession session = new EngineSession(process,
                    new FramedChannel<>(channel, EngineEvent.class, EngineRequest.class), stderr, events, log);
            try {
                session.ready().get(settings.startTimeout().toMillis(), TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                session.kill("the Java engine did not become ready");
                throw new IOException("the Java engine did not become ready: "
                        + session.exited().getNow(new EngineExit(null, List.of(), null)).describe(), e);
            }
            return session;
        } finally {
            Files.deleteIfExists(socket);
            Files.deleteIfExists(dir);
        }
    }

    List<String> command(Path socket) {
        List<String> command = new ArrayList<>(prefix);
        command.add(settings.javaCommand().toString());
        command.addAll(settings.jvmOptions());
        settings.aotCache().filter(AotCache::exists).ifPresent(cache -> command.addAll(cache.useOptions()));
        command.add("-cp");
        command.add(String.join(File.pathSeparator, settings.engineClassPath()));
        command.add(EngineMain.class.getName());
        command.add(socket.toString());
        command.addAll(settings.cellClassPath());
        return command;
    }

    private SocketChannel acceptWithin(ServerSocketChannel server, Process process) throws IOException {
        Thread watchdog = Thread.ofPlatform().daemon().start(() -> {
            try {
                Thread.sleep(settings.startTimeout());
                closeQuietly(server);
            } catch (InterruptedException ignored) {
                // accepted in time
            }
        });
        try {
            return server.accept();
        } finally {
            watchdog.interrupt();
        }
    }

    private static void closeQuietly(ServerSocketChannel server) {
        try {
            server.close();
        } catch (IOException ignored) {
            // already closed
        }
    }
}
