package dev.spindle.kernel.engine;

import dev.spindle.kernel.link.EngineEvent;
import dev.spindle.kernel.link.EngineRequest;
import dev.spindle.kernel.link.FramedChannel;
import dev.spindle.runtime.Display;
import jdk.jshell.JShell;

import java.io.EOFException;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * The engine JVM: connects to the kernel's socket, sets up JShell and the output routing, then serves
 * requests. Cells, completion and inspection run one at a time on the evaluation thread; interrupts and input
 * answers are handled as they arrive. Ends when the kernel closes the link.
 *
 * <p>Arguments: the socket path, then the class path entries cells compile against.
 */
public final class EngineMain {

    private final FramedChannel<EngineRequest, EngineEvent> link;
    private final PrintStream log;
    private final UserThreads userThreads = new UserThreads();
    private final AtomicReference<CellRun> running = new AtomicReference<>();
    private final ExecutorService evaluation = Executors.newSingleThreadExecutor(r -> new Thread(r, "spindle-eval"));
    private final OutputRouter output;
    private final InputBroker input;
    private final CellStopper stopper;
    private SpindleExecutionControl control;
    private CellEvaluator evaluator;
    private SnippetClassFiles snippetClassFiles;
    private CodeCompleter completer;
    private DocumentationLookup documentation;
    private CompletenessChecker completeness;
    private JShell shell;

    private EngineMain(FramedChannel<EngineRequest, EngineEvent> link, PrintStream log) {
        this.link = link;
        this.log = log;
        this.output = new OutputRouter(this::send);
        this.input = new InputBroker(output);
        this.stopper = new CellStopper(userThreads, input);
    }

    public static void main(String[] args) throws Exception {
        PrintStream log = System.err;
        SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
        channel.connect(UnixDomainSocketAddress.of(Path.of(args[0])));
        EngineMain engine = new EngineMain(new FramedChannel<>(channel, EngineRequest.class, EngineEvent.class), log);
        engine.start(Arrays.asList(args).subList(1, args.length));
        engine.serve();
    }

    private void start(List<String> compileClassPath) throws Exception {
        PrintStream shellOut = System.out;
        System.setOut(new PrintStream(output.stream(StreamKind.STDOUT), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(output.stream(StreamKind.STDERR), true, StandardCharsets.UTF_8));
        System.setIn(new CellInputStream(input));
        Display.installSink(new EngineDisplaySink(output));
        Runtime.getRuntime().addShutdownHook(new Thread(output::flushAll, "spindle-final-flush"));
        output.startFlusher();
        CellRun warmUp = new CellRun(CellContext.NONE);
        control = new SpindleExecutionControl(userThreads, () -> {
            CellRun run = running.get();
            return run == null ? warmUp : run;
        });
        JShell shell = evaluation.submit(() -> {
            trace("engine JVM up");
            JShell created = ShellSetup.create(control, compileClassPath, System.in, shellOut, log);
            trace("JShell built, imports done");
            ShellSetup.warmUp(created);
            trace("warmed up");
            return created;
        }).get();
        this.shell = shell;
        SnippetOrigins origins = new SnippetOrigins();
        SnippetFrames snippetFrames = new SnippetFrames(shell);
        evaluator = new CellEvaluator(shell, control, origins, snippetFrames, output);
        snippetClassFiles = SnippetClassFiles.of(shell, log);
        Thread.setDefaultUncaughtExceptionHandler(
                new UncaughtFailureReport(new ExceptionReport(origins, snippetFrames, shell), output));
        completer = new CodeCompleter(shell.sourceCodeAnalysis());
        documentation = new DocumentationLookup(shell.sourceCodeAnalysis());
        completeness = new CompletenessChecker(shell.sourceCodeAnalysis());
        if (!userThreads.virtualThreadsVisible()) {
            log.println("spindle engine: virtual threads are not visible (missing --add-exports java.base/jdk.internal.vm);"
                    + " interrupt cannot reach them");
        }
        send(new EngineEvent.Ready(Runtime.version().toString(), ProcessHandle.current().pid()));
    }

    /** With {@code -Dspindle.engine.trace=true}: start-up phases on the engine log, in ms since JVM start. */
    private void trace(String phase) {
        if (Boolean.getBoolean("spindle.engine.trace")) {
            log.println("spindle engine: " + phase + " at "
                    + java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() + " ms");
        }
    }

    private void serve() {
        try {
            while (true) {
                switch (link.receive()) {
                    case EngineRequest.Execute execute -> {
                        CellRun run = new CellRun(new CellContext(execute.cellId(), execute.allowStdin()));
                        running.set(run);
                        evaluation.execute(() -> {
                            awaitNoStop();
                            long stopsBefore = stopper.begun();
                            EngineEvent.Reply reply = guarded(execute.requestId(), () -> evaluator.execute(execute, run));
                            snippetClassFiles.pruneIfGrown();
                            // the outcome must say whether a stop during this cell worked: if not, the kernel
                            // restarts us and reports it (no stop under way: this returns at once)
                            awaitNoStop();
                            if (stopper.leftThreadsBehind()) {
                                return;
                            }
                            if (stopper.begun() != stopsBefore && reply instanceof EngineEvent.ExecuteSucceeded) {
                                // the stop ended what the cell waited for (a join, a latch) before reaching the
                                // cell itself: it was interrupted all the same
                                reply = interruptedWhileRunning(execute.requestId());
                            }
                            output.sendAfterOutput(execute.cellId(), reply);
                        });
                    }
                    case EngineRequest.Complete complete -> evaluation.execute(() -> send(guarded(complete.requestId(),
                            () -> new EngineEvent.Completed(complete.requestId(), completer.complete(complete.code(), complete.cursor())))));
                    case EngineRequest.Inspect inspect -> evaluation.execute(() -> send(guarded(inspect.requestId(),
                            () -> new EngineEvent.Inspected(inspect.requestId(),
                                    documentation.inspect(inspect.code(), inspect.cursor(), inspect.detailLevel())))));
                    case EngineRequest.CheckCompleteness check -> evaluation.execute(() -> send(guarded(check.requestId(),
                            () -> new EngineEvent.CompletenessChecked(check.requestId(), completeness.check(check.code())))));
                    case EngineRequest.Interrupt interrupt -> {
                        // raised here, at once: with a thousand spinning user threads a new thread may wait to run
                        StopSignal.raise();
                        stopper.begin();
                        Thread.ofPlatform().name("spindle-stopper").daemon().start(() ->
                                send(new EngineEvent.InterruptDone(interrupt.requestId(), stopper.stop(running.get()))));
                    }
                    case EngineRequest.InputReply reply -> input.answer(reply);
                    case EngineRequest.AddClassPath add -> evaluation.execute(() -> send(guarded(add.requestId(),
                            () -> addToClassPath(add))));
                    case EngineRequest.Shutdown shutdown -> exitNormally();
                }
            }
        } catch (EOFException e) {
            // the kernel closed the link: nobody is left to talk to
        } catch (IOException e) {
            log.println("spindle engine: link failed: " + e);
        }
        exitNormally();
    }

    /**
     * A normal JVM exit (shutdown hooks, and the AOT cache dump of a training run), but bounded: user hooks
     * or a cache dump get {@code spindle.engine.exitGraceMs} before the JVM halts.
     */
    private void exitNormally() {
        output.flushAll();
        long grace = Long.getLong("spindle.engine.exitGraceMs", 3000);
        Thread.ofPlatform().daemon().name("spindle-exit-watchdog").start(() -> {
            LockSupport.parkNanos(grace * 1_000_000L);
            Runtime.getRuntime().halt(0);
        });
        System.exit(0);
    }

    private EngineEvent.ClassPathAdded addToClassPath(EngineRequest.AddClassPath add) {
        try {
            add.entries().forEach(shell::addToClasspath);
            return new EngineEvent.ClassPathAdded(add.requestId(), null);
        } catch (RuntimeException e) {
            return new EngineEvent.ClassPathAdded(add.requestId(), String.valueOf(e.getMessage()));
        }
    }

    private static EngineEvent.ExecuteFailed interruptedWhileRunning(long requestId) {
        CellFailure interrupted = CellEvaluator.interrupted();
        return new EngineEvent.ExecuteFailed(requestId, interrupted.ename(), interrupted.evalue(),
                interrupted.traceback(), Map.of());
    }

    private void awaitNoStop() {
        try {
            stopper.awaitNoStop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A request that fails inside the engine still gets an answer, so the kernel never waits forever. */
    private EngineEvent.Reply guarded(long requestId, java.util.function.Supplier<? extends EngineEvent.Reply> work) {
        try {
            return work.get();
        } catch (RuntimeException | Error e) {
            log.println("spindle engine: request failed: " + e);
            e.printStackTrace(log);
            return new EngineEvent.ExecuteFailed(requestId, "EngineError", String.valueOf(e),
                    List.of(Ansi.errorName("EngineError") + ": " + e), java.util.Map.of());
        }
    }

    private void send(EngineEvent event) {
        try {
            link.send(event);
        } catch (IOException e) {
            Runtime.getRuntime().halt(0);
        }
    }

    static String classPathOf(Class<?> type) {
        return new File(type.getProtectionDomain().getCodeSource().getLocation().getPath()).getPath();
    }
}
