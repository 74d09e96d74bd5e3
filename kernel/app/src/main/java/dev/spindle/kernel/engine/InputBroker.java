package dev.spindle.kernel.engine;

import dev.spindle.kernel.link.EngineEvent;
import dev.spindle.kernel.link.EngineRequest;

import java.io.InterruptedIOException;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;

/** Asks the kernel for a line of input on behalf of a user thread and waits for the answer. */
final class InputBroker {

    private final OutputRouter output;
    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, CompletableFuture<EngineRequest.InputReply>> waiting = new ConcurrentHashMap<>();

    InputBroker(OutputRouter output) {
        this.output = output;
    }

    /** Blocks until the user answered; text printed before (the prompt) is shown first. */
    String readLine(CellContext cell) throws InterruptedIOException {
        if (!cell.allowStdin()) {
            throw new IllegalStateException(
                    "System.in is not available here: the front end does not accept input requests (allow_stdin is false)");
        }
        long id = ids.incrementAndGet();
        CompletableFuture<EngineRequest.InputReply> reply = new CompletableFuture<>();
        waiting.put(id, reply);
        try {
            output.sendAfterOutput(cell.cellId(), new EngineEvent.InputWanted(cell.cellId(), id, "", false));
            EngineRequest.InputReply answer = reply.get();
            if (answer.error() != null) {
                throw new IllegalStateException("no input: " + answer.error());
            }
            return answer.text();
        } catch (InterruptedException | CancellationException e) {
            throw new InterruptedIOException("reading System.in was interrupted");
        } catch (ExecutionException e) {
            throw new IllegalStateException("no input: " + e.getCause().getMessage(), e.getCause());
        } finally {
            waiting.remove(id);
        }
    }

    void answer(EngineRequest.InputReply reply) {
        CompletableFuture<EngineRequest.InputReply> future = waiting.get(reply.inputId());
        if (future != null) {
            future.complete(reply);
        }
    }

    void cancelAll() {
        waiting.values().forEach(future -> future.cancel(false));
    }
}
