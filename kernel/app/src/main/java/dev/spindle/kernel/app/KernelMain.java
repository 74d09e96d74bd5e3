package dev.spindle.kernel.app;

import dev.spindle.kernel.core.HistoryStore;
import dev.spindle.kernel.core.InterpreterHandle;
import dev.spindle.kernel.core.KernelCore;
import dev.spindle.kernel.core.KernelInfo;
import dev.spindle.kernel.core.MessageFactory;
import dev.spindle.kernel.magic.MagicInterpreter;
import dev.spindle.kernel.protocol.ConnectionInfo;
import dev.spindle.kernel.protocol.JupyterClock;
import dev.spindle.kernel.protocol.WireCodec;
import dev.spindle.kernel.spi.Interpreter;
import dev.spindle.kernel.transport.RejectionListener;
import dev.spindle.kernel.zmq.ZmqTransport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * The kernel process: binds the sockets of the connection file, serves Jupyter until a shutdown request or the
 * death of its parent, then leaves within {@link #EXIT_DEADLINE}. The interpreter starts in the background, so
 * kernel_info is answered before the Java engine is up.
 */
public final class KernelMain {

    /** jupyter_client sends SIGTERM 2.5 s after shutdown_reply; the kernel must be gone before that. */
    static final Duration EXIT_DEADLINE = Duration.ofMillis(1_800);

    static final String PROPERTY_README_URL = "spindle.readme.url";
    static final String DEFAULT_README_URL = "https://github.com/spindle-dev/spindle#readme";

    private static final System.Logger LOG = System.getLogger(KernelMain.class.getName());

    private KernelMain() {
    }

    public static void main(String[] args) {
        StderrLogging.install(System.getenv(StderrLogging.ENV_LEVEL));
        try {
            Path connectionFile = KernelArguments.parse(List.of(args)).connectionFile();
            run(connectionFile, MagicInterpreter::withDefaults);
        } catch (IllegalArgumentException | IOException e) {
            LOG.log(System.Logger.Level.ERROR, "the kernel cannot start: {0}", e.getMessage());
            exit(2);
        }
        exit(0);
    }

    /** Shutdown hooks get a short while; then the JVM is halted, so nothing can keep a dead kernel around. */
    private static void exit(int status) {
        haltAfter(Duration.ofMillis(500), status);
        System.exit(status);
    }

    /**
     * Runs a kernel on {@code connectionFile} until it is asked to stop (shutdown_request, or the death of the
     * process in {@code JPY_PARENT_PID}), releases everything and returns at most {@link #EXIT_DEADLINE} after
     * the stop. {@code interpreters} is called once, on a background thread. The caller exits the JVM.
     */
    public static void run(Path connectionFile, Supplier<Interpreter> interpreters) throws IOException {
        ConnectionInfo connection = ConnectionInfo.parse(Files.readAllBytes(connectionFile));
        WireCodec codec = WireCodec.withKey(connection.key());
        ZmqTransport transport = ZmqTransport.bind(connection, codec, RejectionListener.logging());
        InterpreterHandle interpreter = InterpreterHandle.startAsync(interpreters);
        MessageFactory messages = new MessageFactory(UUID.randomUUID().toString(),
                System.getProperty("user.name", "spindle"), JupyterClock.system());
        KernelCore core = new KernelCore(transport, interpreter,
                new HistoryStore(HistoryStore.defaultDirectory(System.getenv())), messages,
                new KernelInfo(implementationVersion(),
                        System.getProperty(PROPERTY_README_URL, DEFAULT_README_URL)));
        core.start();
        LOG.log(System.Logger.Level.INFO, "serving {0} on {1}", connectionFile, connection.address(
                dev.spindle.kernel.protocol.Channel.SHELL));

        CompletableFuture<String> stop = new CompletableFuture<>();
        core.shutdownRequested().thenRun(() -> stop.complete("shutdown_request"));
        ParentProcessWatch.start(System.getenv(ParentProcessWatch.ENV_PARENT_PID),
                () -> stop.complete("the parent process died"));
        SigintHandler.install(core::interrupt);

        String reason = awaitStop(stop);
        LOG.log(System.Logger.Level.INFO, "stopping: {0}", reason);
        Thread cleanup = Thread.ofPlatform().name("spindle-shutdown").daemon()
                .start(() -> shutDown(core, transport, interpreter));
        try {
            cleanup.join(EXIT_DEADLINE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String awaitStop(CompletableFuture<String> stop) {
        try {
            return stop.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        } catch (ExecutionException e) {
            return String.valueOf(e.getCause());
        }
    }

    /** Each step is bounded, and {@link #run} stops waiting for all of them after {@link #EXIT_DEADLINE}. */
    private static void shutDown(KernelCore core, ZmqTransport transport, InterpreterHandle interpreter) {
        try {
            core.stop(Duration.ofMillis(400));
            transport.flush(Duration.ofMillis(300));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        transport.close();
        Thread closer = Thread.ofPlatform().name("spindle-interpreter-close").daemon().start(interpreter::close);
        try {
            closer.join(Duration.ofMillis(500));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void haltAfter(Duration deadline, int status) {
        Thread.ofPlatform().name("spindle-exit-deadline").daemon().start(() -> {
            try {
                Thread.sleep(deadline);
            } catch (InterruptedException e) {
                return;
            }
            Runtime.getRuntime().halt(status);
        });
    }

    private static String implementationVersion() {
        String version = KernelMain.class.getPackage().getImplementationVersion();
        return version == null ? "0.1.0-SNAPSHOT" : version;
    }
}
