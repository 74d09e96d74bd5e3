package dev.spindle.kernel.bridge;

import dev.spindle.kernel.link.EngineEvent;
import dev.spindle.kernel.link.EngineRequest;
import dev.spindle.kernel.link.FramedChannel;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

/**
 * One running engine JVM and its link: sends requests, matches replies to them, hands cell output to
 * {@link EngineEvents}, and notices when the process ends (every pending request then fails with the reason).
 */
final class EngineSession {

    private final Process process;
    private final FramedChannel<EngineEvent, EngineRequest> link;
    private final StderrTail stderr;
    private final EngineEvents events;
    private final PrintStream log;
    private final AtomicLong requestIds = new AtomicLong();
    private final Map<Long, CompletableFuture<EngineEvent.Reply>> pending = new ConcurrentHashMap<>();
    private final CompletableFuture<EngineEvent.Ready> ready = new CompletableFuture<>();
    private final CompletableFuture<EngineExit> exited = new CompletableFuture<>();
    private volatile String killReason;

    EngineSession(Process process, FramedChannel<EngineEvent, EngineRequest> link, StderrTail stderr,
                  EngineEvents events, PrintStream log) {
        this.process = process;
        this.link = link;
        this.stderr = stderr;
        this.events = events;
        this.log = log;
        Thread.ofPlatform().daemon().name("spindle-engine-link-" + process.pid()).start(this::readEvents);
    }

    CompletableFuture<EngineEvent.Ready> ready() {
        return ready;
    }

    CompletableFuture<EngineExit> exited() {
        return exited;
    }

    long pid() {
        return process.pid();
    }

    boolean alive() {
        return !exited.isDone() && process.isAlive();
    }

    /** Sends the request built for a fresh id; the future fails with {@link EngineLostException} if the engine ends. */
    CompletableFuture<EngineEvent.Reply> request(LongFunction<EngineRequest> build) {
        long id = requestIds.incrementAndGet();
        CompletableFuture<EngineEvent.Reply> reply = new CompletableFuture<>();
        pending.put(id, reply);
        if (exited.isDone()) {
            reply.completeExceptionally(new EngineLostException(exited.join()));
            pending.remove(id);
            return reply;
        }
        try {
            link.send(build.apply(id));
        } catch (IOException e) {
            pending.remove(id);
            reply.completeExceptionally(new EngineLostException(new EngineExit(null, java.util.List.of(), "the link to the Java engine broke: " + e.getMessage())));
        }
        return reply;
    }

    void tell(EngineRequest request) {
        try {
            link.send(request);
        } catch (IOException e) {
            // the engine is gone; the reader reports it
        }
    }

    /** Ends the engine for a reason of the kernel's, which pending requests then report. */
    void kill(String reason) {
        if (killReason == null) {
            killReason = reason;
        }
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    void shutdown() {
        killReason = "the kernel shut down";
        tell(new EngineRequest.Shutdown());
        try {
            if (!process.waitFor(2, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(2, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        link.close();
    }

    private void readEvents() {
        try {
            while (true) {
                EngineEvent event = link.receive();
                switch (event) {
                    case EngineEvent.Ready r -> ready.complete(r);
                    case EngineEvent.Reply reply -> {
                        CompletableFuture<EngineEvent.Reply> waiting = pending.remove(reply.requestId());
                        if (waiting != null) {
                            waiting.complete(reply);
                        }
                    }
                    default -> deliver(event);
                }
            }
        } catch (IOException | RuntimeException e) {
            // EOF or a broken link: the process is ending or has ended
        }
        finish();
    }

    private void deliver(EngineEvent event) {
        try {
            events.onCellEvent(this, event);
        } catch (RuntimeException e) {
            log.println("spindle: delivering engine output failed: " + e);
        }
    }

    private void finish() {
        Integer status = null;
        try {
            if (process.waitFor(3, TimeUnit.SECONDS)) {
                status = process.exitValue();
            } else {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        link.close();
        EngineExit exit = new EngineExit(status, stderr.lastLines(), killReason);
        exited.complete(exit);
        ready.completeExceptionally(new EngineLostException(exit));
        EngineLostException lost = new EngineLostException(exit);
        pending.values().forEach(future -> future.completeExceptionally(lost));
        pending.clear();
    }
}
