package dev.spindle.kernel.core;

import dev.spindle.kernel.spi.CellOutput;
import dev.spindle.kernel.spi.Completeness;
import dev.spindle.kernel.spi.Completion;
import dev.spindle.kernel.spi.ExecuteOptions;
import dev.spindle.kernel.spi.ExecuteOutcome;
import dev.spindle.kernel.spi.InputUnavailableException;
import dev.spindle.kernel.spi.Inspection;
import dev.spindle.kernel.spi.Interpreter;
import dev.spindle.kernel.spi.LanguageInfo;
import dev.spindle.kernel.spi.MimeBundle;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A test interpreter whose cells are commands: {@code fail}, {@code print:TEXT}, {@code input:PROMPT},
 * {@code block} (waits for {@link #release}), {@code keep} (keeps its output for later), {@code taken-late}
 * (plays an interpreter that gets the cell only after an interrupt, and returns whether the cell's interrupt
 * check fired), {@code interrupted?} (returns whether it fired); anything else is returned as the result.
 */
final class ScriptedInterpreter implements Interpreter {

    final List<ExecuteOptions> executed = new CopyOnWriteArrayList<>();
    final AtomicInteger interrupts = new AtomicInteger();
    final AtomicReference<CellOutput> kept = new AtomicReference<>();
    final CountDownLatch blocking = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);

    void release() {
        release.countDown();
    }

    @Override
    public LanguageInfo languageInfo() {
        return LanguageInfo.java("25-test");
    }

    @Override
    public String banner() {
        return "scripted";
    }

    @Override
    public ExecuteOutcome execute(ExecuteOptions options, CellOutput output) {
        executed.add(options);
        String code = options.code();
        if (code.equals("fail")) {
            return new ExecuteOutcome.Failure("java.lang.IllegalStateException", "boom",
                    List.of("java.lang.IllegalStateException: boom", "\tat line 1"), Map.of());
        }
        if (code.startsWith("print:")) {
            output.stream(CellOutput.StreamName.STDOUT, code.substring("print:".length()));
            return new ExecuteOutcome.Success(null, Map.of());
        }
        if (code.startsWith("input:")) {
            try {
                return result(output.input(code.substring("input:".length()), true));
            } catch (InputUnavailableException e) {
                return new ExecuteOutcome.Failure("InputUnavailable", e.getMessage(), List.of(e.getMessage()),
                        Map.of());
            }
        }
        if (code.equals("block")) {
            blocking.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new ExecuteOutcome.Success(null, Map.of());
        }
        if (code.equals("taken-late")) {
            awaitInterrupt();
            return result(String.valueOf(options.interrupts().interruptedSinceReceived()));
        }
        if (code.equals("interrupted?")) {
            return result(String.valueOf(options.interrupts().interruptedSinceReceived()));
        }
        if (code.equals("keep")) {
            kept.set(output);
            output.display(MimeBundle.text("shown"), "display-1");
            return new ExecuteOutcome.Success(null, Map.of());
        }
        return result(code);
    }

    private void awaitInterrupt() {
        synchronized (interrupts) {
            while (interrupts.get() == 0) {
                try {
                    interrupts.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private static ExecuteOutcome result(String text) {
        return new ExecuteOutcome.Success(MimeBundle.text(text), Map.of());
    }

    /** Completes the word before the cursor with "Println"; positions are code points, as the protocol says. */
    @Override
    public Completion complete(String code, int cursorPos) {
        return new Completion(List.of("println"), Math.max(0, cursorPos - 2), cursorPos, Map.of());
    }

    @Override
    public Inspection inspect(String code, int cursorPos, int detailLevel) {
        return new Inspection(true, MimeBundle.text("doc of " + code + " at " + cursorPos));
    }

    @Override
    public Completeness isComplete(String code) {
        return code.endsWith("{") ? new Completeness(Completeness.Status.INCOMPLETE, "    ")
                : Completeness.of(Completeness.Status.COMPLETE);
    }

    @Override
    public void interrupt() {
        synchronized (interrupts) {
            interrupts.incrementAndGet();
            interrupts.notifyAll();
        }
    }

    @Override
    public void close() {
    }
}
