package dev.spindle.kernel.bridge;

import dev.spindle.kernel.spi.CellOutput;
import dev.spindle.kernel.spi.InputUnavailableException;
import dev.spindle.kernel.spi.MimeBundle;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/** A CellOutput that remembers everything, answers input from a queue, and lets tests wait for a state. */
final class RecordingCellOutput implements CellOutput {

    record StreamMessage(StreamName name, String text) {
    }

    record Shown(MimeBundle bundle, String displayId, boolean update) {
    }

    final List<StreamMessage> streams = new CopyOnWriteArrayList<>();
    final List<Shown> displays = new CopyOnWriteArrayList<>();
    final List<String> prompts = new CopyOnWriteArrayList<>();
    private final Deque<String> answers = new ArrayDeque<>();
    private volatile boolean inputAllowed = true;

    RecordingCellOutput answering(String... lines) {
        synchronized (answers) {
            answers.addAll(List.of(lines));
        }
        return this;
    }

    RecordingCellOutput refusingInput() {
        inputAllowed = false;
        return this;
    }

    String text(StreamName name) {
        StringBuilder all = new StringBuilder();
        streams.stream().filter(m -> m.name() == name).forEach(m -> all.append(m.text()));
        return all.toString();
    }

    String stdout() {
        return text(StreamName.STDOUT);
    }

    String stderr() {
        return text(StreamName.STDERR);
    }

    List<String> stdoutMessages() {
        List<String> messages = new ArrayList<>();
        streams.stream().filter(m -> m.name() == StreamName.STDOUT).forEach(m -> messages.add(m.text()));
        return messages;
    }

    /** Polls until the condition holds; fails the test at the deadline. */
    static void await(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout + " waiting for " + what);
            }
            LockSupport.parkNanos(5_000_000L);
        }
    }

    void awaitStdout(String fragment, Duration timeout) {
        await("stdout containing '" + fragment + "' (have: '" + tail(stdout()) + "')", timeout,
                () -> stdout().contains(fragment));
    }

    private static String tail(String text) {
        return text.length() < 300 ? text : "..." + text.substring(text.length() - 300);
    }

    @Override
    public void stream(StreamName name, String text) {
        streams.add(new StreamMessage(name, text));
    }

    @Override
    public void display(MimeBundle bundle, String displayId) {
        displays.add(new Shown(bundle, displayId, false));
    }

    @Override
    public void updateDisplay(MimeBundle bundle, String displayId) {
        displays.add(new Shown(bundle, displayId, true));
    }

    @Override
    public void clearOutput(boolean wait) {
        displays.add(new Shown(null, "clear", false));
    }

    @Override
    public String input(String prompt, boolean password) throws InputUnavailableException {
        prompts.add(prompt);
        if (!inputAllowed) {
            throw new InputUnavailableException("stdin is not allowed");
        }
        synchronized (answers) {
            String line = answers.pollFirst();
            if (line == null) {
                throw new InputUnavailableException("no more answers");
            }
            return line;
        }
    }

    @Override
    public void addPayload(Map<String, Object> payload) {
    }
}
