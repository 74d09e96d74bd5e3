package dev.spindle.kernel.core;

import dev.spindle.kernel.spi.Interpreter;
import dev.spindle.kernel.spi.LanguageInfo;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * The interpreter, which may still be starting: kernel_info must not wait for the engine JVM. Its language info
 * and banner are read once, on the starting thread, so no other thread calls into the interpreter for them.
 */
public final class InterpreterHandle implements AutoCloseable {

    /** What an interpreter tells about itself, read once when it is ready. */
    public record Profile(LanguageInfo languageInfo, String banner) {
    }

    /** The interpreter, or why there is none. */
    public sealed interface Availability {
        record Ready(Interpreter interpreter) implements Availability {
        }

        record Unavailable(String reason) implements Availability {
        }
    }

    private record Started(Interpreter interpreter, Profile profile) {
    }

    private static final System.Logger LOG = System.getLogger(InterpreterHandle.class.getName());

    private final CompletableFuture<Started> started;

    private InterpreterHandle(CompletableFuture<Started> started) {
        this.started = started;
    }

    /** Creates the interpreter on a thread of its own, so sockets and kernel_info are served meanwhile. */
    public static InterpreterHandle startAsync(Supplier<Interpreter> interpreters) {
        CompletableFuture<Started> future = new CompletableFuture<>();
        Thread.ofPlatform().name("spindle-interpreter-start").daemon().start(() -> {
            try {
                Interpreter interpreter = interpreters.get();
                future.complete(new Started(interpreter, new Profile(interpreter.languageInfo(), interpreter.banner())));
            } catch (RuntimeException | Error e) {
                LOG.log(System.Logger.Level.ERROR, "the interpreter did not start", e);
                future.completeExceptionally(e);
            }
        });
        return new InterpreterHandle(future);
    }

    public static InterpreterHandle ready(Interpreter interpreter) {
        return new InterpreterHandle(CompletableFuture.completedFuture(
                new Started(interpreter, new Profile(interpreter.languageInfo(), interpreter.banner()))));
    }

    public Optional<Interpreter> ifReady() {
        return readyNow().map(Started::interpreter);
    }

    public Optional<Profile> profileIfReady() {
        return readyNow().map(Started::profile);
    }

    /**
     * Interrupts the interpreter. One still starting runs nothing yet; a request waiting for it learns of the
     * interrupt from its {@link dev.spindle.kernel.spi.InterruptCheck}.
     */
    public void interrupt() {
        ifReady().ifPresent(Interpreter::interrupt);
    }

    /** Waits for the interpreter to finish starting. */
    public Availability await() {
        try {
            return new Availability.Ready(started.get().interpreter());
        } catch (ExecutionException e) {
            return new Availability.Unavailable("the Java engine did not start: " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Availability.Unavailable("interrupted while the Java engine was starting");
        }
    }

    /** Closes the interpreter now, or as soon as it has started. */
    @Override
    public void close() {
        started.thenAccept(s -> {
            try {
                s.interpreter().close();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "closing the interpreter failed", e);
            }
        });
    }

    private Optional<Started> readyNow() {
        return started.isDone() && !started.isCompletedExceptionally()
                ? Optional.of(started.join())
                : Optional.empty();
    }
}
