package spindle.exercises.processes;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/** Wrong: reads stdout only after the child has exited - a child with more output than the pipe holds (64 KiB) blocks writing and never exits. */
public final class Child implements AutoCloseable {

    private final Process process;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Thread pump;

    private Child(Process process) {
        this.process = process;
        this.pump = Thread.ofVirtual().unstarted(this::pump);
    }

    public static Child start(List<String> command) throws IOException {
        Process p = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .redirectInput(ProcessBuilder.Redirect.PIPE)
                .start();
        p.getOutputStream().close();
        return new Child(p);
    }

    private void pump() {
        byte[] buf = new byte[8192];
        try (InputStream in = process.getInputStream()) {
            int n;
            while ((n = in.read(buf)) >= 0) {
                synchronized (out) {
                    out.write(buf, 0, n);
                }
            }
        } catch (IOException e) {
            // stream closed: the child is gone
        }
    }

    public long pid() {
        return process.pid();
    }

    public OptionalInt awaitExit(Duration timeout) throws InterruptedException {
        if (process.waitFor(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
            if (pump.getState() == Thread.State.NEW) {
                pump.start();
            }
            return OptionalInt.of(process.exitValue());
        }
        return OptionalInt.empty();
    }

    public String output() {
        if (!process.isAlive()) {
            if (pump.getState() == Thread.State.NEW) {
                pump.start();
            }
            try {
                pump.join(Duration.ofSeconds(2));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (out) {
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    public void killTree() throws InterruptedException {
        List<ProcessHandle> descendants = process.descendants().toList();
        descendants.forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor();
        for (ProcessHandle h : descendants) {
            h.onExit().join();
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            killTree();
        }
    }
}
