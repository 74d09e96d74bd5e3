package dev.spindle.kernel.bridge;

import dev.spindle.kernel.link.EngineEvent;
import dev.spindle.kernel.link.EngineRequest;
import dev.spindle.kernel.spi.CellOutput;
import dev.spindle.kernel.spi.Completeness;
import dev.spindle.kernel.spi.Completion;
import dev.spindle.kernel.spi.ExecuteOptions;
import dev.spindle.kernel.spi.ExecuteOutcome;
import dev.spindle.kernel.spi.Inspection;
import dev.spindle.kernel.spi.InputUnavailableException;
import dev.spindle.kernel.spi.Interpreter;
import dev.spindle.kernel.spi.LanguageInfo;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The kernel's {@link Interpreter}: runs Java in a separate engine JVM, so that {@code System.exit}, an
 * out-of-memory error or a crash in a cell ends the engine and not the kernel. Starts the engine at once in
 * the background; when an engine ends, the cell that was running says why and a fresh engine starts.
 * An interrupt that does not stop every user thread within the grace period also restarts the engine.
 */
public final class EngineInterpreter implements Interpreter {

    private final EngineLauncher launcher;
    private final EngineSettings settings;
    private final PrintStream log;
    private final CellOutputs outputs = new CellOutputs();
    private final AtomicLong cellIds = new AtomicLong();
    private final AtomicReference<CompletableFuture<EngineSession>> current = new AtomicReference<>();
    private final ExecutorService helpers = Executors.newCachedThreadPool(Thread.ofPlatform().daemon().name("spindle-bridge-", 0).factory());
    private volatile boolean closed;
    private volatile boolean aotTrainingStarted;
    private final List<String> addedClassPath = new java.util.concurrent.CopyOnWriteArrayList<>();

    /**
     * Orders handing a cell to the engine against an interrupt: either the cell's request goes out first and the
     * engine's stop finds it, or the interrupt is seen first and the cell never goes out.
     */
    private final Object handOff = new Object();

    public EngineInterpreter(EngineSettings settings) {
        this(settings, System.err);
    }

    /** {@code log} receives what the engine JVM prints itself (JVM warnings, crash notes). */
    public EngineInterpreter(EngineSettings settings, PrintStream log) {
        this.settings = settings;
        this.log = log;
        this.launcher = new EngineLauncher(settings, log);
        startEngine();
    }

    /** With the JDK this kernel runs on, its class path, and the environment's extra entries and options. */
    public static EngineInterpreter withDefaults() {
        return new EngineInterpreter(EngineSettings.fromEnvironment());
    }

    @Override
    public LanguageInfo languageInfo() {
        return LanguageInfo.java(Runtime.version().toString());
    }

    @Override
    public String banner() {
        return "Spindle: Java " + Runtime.version() + " on JShell, run in a separate engine JVM";
    }

    @Override
    public ExecuteOutcome execute(ExecuteOptions options, CellOutput output) {
        var help = HelpQuery.parse(options.code());
        if (help.isPresent()) {
            return help.get().answer(this, output);
        }
        long cellId = cellIds.incrementAndGet();
        outputs.put(cellId, output);
        EngineSession session;
        try {
            session = session();
        } catch (EngineStartException e) {
            return OutcomeMapping.failure(OutcomeMapping.ENGINE_UNAVAILABLE, e.getMessage());
        }
        CompletableFuture<EngineEvent.Reply> reply;
        synchronized (handOff) {
            if (options.interrupts().interruptedSinceReceived()) {
                // interrupted while it waited (for the kernel, or for the engine to start): never start it
                return OutcomeMapping.failure("Interrupted", "the cell was interrupted before it started");
            }
            reply = session.request(id -> new EngineRequest.Execute(id, cellId,
                    options.code(), options.executionCount(), options.silent(), options.allowStdin(),
                    options.userExpressions()));
        }
        try {
            return OutcomeMapping.of(reply.get());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof EngineLostException lost) {
                return OutcomeMapping.engineDied(lost.exit(), !addedClassPath.isEmpty());
            }
            return OutcomeMapping.failure("EngineError", String.valueOf(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OutcomeMapping.failure("Interrupted", "the kernel thread waiting for the cell was interrupted");
        }
    }

    @Override
    public Completion complete(String code, int cursorPos) {
        return ask(id -> new EngineRequest.Complete(id, code, cursorPos), EngineEvent.Completed.class)
                .map(EngineEvent.Completed::completion).orElse(Completion.none(cursorPos));
    }

    @Override
    public Inspection inspect(String code, int cursorPos, int detailLevel) {
        return ask(id -> new EngineRequest.Inspect(id, code, cursorPos, detailLevel), EngineEvent.Inspected.class)
                .map(EngineEvent.Inspected::inspection).orElse(Inspection.notFound());
    }

    @Override
    public Completeness isComplete(String code) {
        return ask(id -> new EngineRequest.CheckCompleteness(id, code), EngineEvent.CompletenessChecked.class)
                .map(EngineEvent.CompletenessChecked::completeness).orElse(Completeness.of(Completeness.Status.UNKNOWN));
    }

    /**
     * Returns at once; the stop runs in the background. If user threads survive the engine's grace period,
     * or the engine does not answer, the engine is killed: the running cell then reports that its state was lost.
     */
    @Override
    public void interrupt() {
        EngineSession session;
        synchronized (handOff) {
            // a cell being handed over is on the link before the stop below
            CompletableFuture<EngineSession> starting = current.get();
            session = starting == null ? null : starting.getNow(null);
        }
        if (session == null || !session.alive()) {
            return;
        }
        helpers.execute(() -> stop(session));
    }

    private void stop(EngineSession session) {
        CompletableFuture<EngineEvent.Reply> done = session.request(EngineRequest.Interrupt::new);
        try {
            EngineEvent.Reply reply = done.get(settings.interruptTimeout().toMillis(), TimeUnit.MILLISECONDS);
            if (reply instanceof EngineEvent.InterruptDone(long ignored, List<String> stuck) && !stuck.isEmpty()) {
                session.kill("the cell did not stop when interrupted (still running: " + String.join("; ", stuck)
                        + "), so the kernel restarted the Java engine");
            }
        } catch (TimeoutException e) {
            session.kill("the Java engine did not answer the interrupt, so the kernel restarted it");
        } catch (ExecutionException e) {
            // the engine ended meanwhile; the running cell reports it
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closed = true;
        CompletableFuture<EngineSession> starting = current.get();
        if (starting != null) {
            // runs now if the engine is up; an engine still starting shuts itself down when it arrives
            starting.thenAccept(EngineSession::shutdown);
        }
        helpers.shutdownNow();
    }

    /** The pid of the engine now running, for diagnostics and tests; empty while none is up. */
    public java.util.OptionalLong enginePid() {
        CompletableFuture<EngineSession> starting = current.get();
        EngineSession session = starting == null ? null : starting.getNow(null);
        return session != null && session.alive() ? java.util.OptionalLong.of(session.pid()) : java.util.OptionalLong.empty();
    }

    /**
     * Adds entries to the class path of later cells: empty when done, else why not. They are kept for the
     * engines that replace this one after a crash or an interrupt that had to restart it.
     */
    public java.util.Optional<String> addToClassPath(List<String> entries) {
        java.util.Optional<String> error = ask(id -> new EngineRequest.AddClassPath(id, entries), EngineEvent.ClassPathAdded.class)
                .map(added -> java.util.Optional.ofNullable(added.error()))
                .orElse(java.util.Optional.of("the Java engine did not answer"));
        if (error.isEmpty()) {
            entries.stream().filter(entry -> !addedClassPath.contains(entry)).forEach(addedClassPath::add);
        }
        return error;
    }

    /** What {@link #addToClassPath} added so far, in order. */
    public List<String> addedClassPath() {
        return List.copyOf(addedClassPath);
    }

    /** Waits for a running engine (for tests and the launcher's readiness probe). */
    public void awaitEngine() {
        session();
    }

    private <T extends EngineEvent.Reply> java.util.Optional<T> ask(
            java.util.function.LongFunction<EngineRequest> request, Class<T> type) {
        try {
            EngineEvent.Reply reply = session().request(request).get();
            return type.isInstance(reply) ? java.util.Optional.of(type.cast(reply)) : java.util.Optional.empty();
        } catch (EngineStartException | ExecutionException e) {
            return java.util.Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return java.util.Optional.empty();
        }
    }

    private EngineSession session() {
        CompletableFuture<EngineSession> starting = current.get();
        EngineSession session;
        try {
            session = starting.join();
        } catch (CompletionException e) {
            session = null;
        }
        if (session != null && (session.alive() || !session.exited().isDone())) {
            return session;
        }
        // the engine ended or never started: try once more, synchronously
        CompletableFuture<EngineSession> fresh = new CompletableFuture<>();
        if (current.compareAndSet(starting, fresh)) {
            launchInto(fresh);
        }
        try {
            return current.get().join();
        } catch (CompletionException e) {
            throw new EngineStartException(e.getCause().getMessage());
        }
    }

    private void startEngine() {
        CompletableFuture<EngineSession> fresh = new CompletableFuture<>();
        current.set(fresh);
        helpers.execute(() -> launchInto(fresh));
    }

    private void launchInto(CompletableFuture<EngineSession> target) {
        try {
            EngineSession session = launcher.launch(this::onCellEvent);
            session.exited().thenRun(() -> restartAfter(target));
            restoreClassPath(session);
            target.complete(session);
            trainAotCacheOnce();
            if (closed) {
                session.shutdown();
            }
        } catch (Exception e) {
            log.println("spindle: " + e.getMessage());
            target.completeExceptionally(e);
        }
    }

    /**
     * Later engines (restarts, the next kernel) start faster from the cache; making it costs one background run,
     * in a process of its own that knows only the settings this JVM was started with, so other settings (a
     * test's) are not trained.
     */
    private void trainAotCacheOnce() {
        if (!settings.trainAotCache() || aotTrainingStarted) {
            return;
        }
        aotTrainingStarted = true;
        settings.aotCache().filter(cache -> !cache.exists())
                .filter(cache -> settings.aotCache().equals(EngineSettings.fromEnvironment().aotCache()))
                .ifPresent(cache -> AotTraining.startDetached(cache, log));
    }

    private void restoreClassPath(EngineSession session) throws InterruptedException {
        List<String> entries = addedClassPath();
        if (entries.isEmpty()) {
            return;
        }
        try {
            EngineEvent.Reply reply = session.request(id -> new EngineRequest.AddClassPath(id, entries))
                    .get(settings.startTimeout().toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            if (reply instanceof EngineEvent.ClassPathAdded added && added.error() != null) {
                log.println("spindle: the new engine refused the class path added before: " + added.error());
            }
        } catch (ExecutionException | TimeoutException e) {
            log.println("spindle: could not give the new engine the class path added before: " + e);
        }
    }

    /** A fresh engine starts as soon as the old one ends, so the next cell does not wait for it. */
    private void restartAfter(CompletableFuture<EngineSession> ended) {
        if (closed) {
            return;
        }
        CompletableFuture<EngineSession> fresh = new CompletableFuture<>();
        if (current.compareAndSet(ended, fresh)) {
            helpers.execute(() -> launchInto(fresh));
        }
    }

    private void onCellEvent(EngineSession session, EngineEvent event) {
        switch (event) {
            case EngineEvent.StreamText text -> withOutput(text.cellId(), output -> output.stream(
                    "stderr".equals(text.stream()) ? CellOutput.StreamName.STDERR : CellOutput.StreamName.STDOUT, text.text()));
            case EngineEvent.DisplayData display -> withOutput(display.cellId(), output -> {
                if (display.update()) {
                    output.updateDisplay(display.bundle(), display.displayId());
                } else {
                    output.display(display.bundle(), display.displayId());
                }
            });
            case EngineEvent.ClearOutput clear -> withOutput(clear.cellId(), output -> output.clearOutput(clear.await()));
            case EngineEvent.InputWanted wanted -> helpers.execute(() -> answerInput(session, wanted));
            default -> log.println("spindle: unexpected engine event " + event);
        }
    }

    private void answerInput(EngineSession session, EngineEvent.InputWanted wanted) {
        CellOutput output = outputs.get(wanted.cellId());
        EngineRequest.InputReply reply;
        if (output == null) {
            reply = new EngineRequest.InputReply(wanted.inputId(), null, "the cell that asked for input is gone");
        } else {
            try {
                reply = new EngineRequest.InputReply(wanted.inputId(), output.input(wanted.prompt(), wanted.password()), null);
            } catch (InputUnavailableException e) {
                reply = new EngineRequest.InputReply(wanted.inputId(), null, e.getMessage());
            } catch (RuntimeException e) {
                reply = new EngineRequest.InputReply(wanted.inputId(), null, String.valueOf(e));
            }
        }
        session.tell(reply);
    }

    private void withOutput(long cellId, java.util.function.Consumer<CellOutput> action) {
        CellOutput output = outputs.get(cellId);
        if (output != null) {
            action.accept(output);
        }
    }

    /** The engine could not be started; the message says why. */
    private static final class EngineStartException extends RuntimeException {
        EngineStartException(String message) {
            super(message);
        }
    }
}
