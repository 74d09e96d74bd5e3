package spindle.exercises.processes;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;

/**
 * A child process (进程) and everything it starts: output captured through a pipe, a bounded wait, and a kill that
 * leaves no orphan behind.
 *
 * <p>Java has no {@code fork()}; {@link ProcessBuilder} starts a new program (like Python's {@code spawn} start
 * method). The JDK reaps its children itself, so a Java parent never leaves zombies; orphans — grandchildren that
 * outlive a killed child and get adopted by PID 1 — are another matter.
 */
public final class Child implements AutoCloseable {

    /**
     * Starts {@code command} (program + arguments). Its standard output is read continuously in the background,
     * so the child never blocks on a full pipe; standard error is discarded.
     */
    public static Child start(List<String> command) throws IOException {
        throw new UnsupportedOperationException(
                "Implement Child.start(command): ProcessBuilder, stderr discarded, a background reader for stdout");
    }

    /** @return the child's process id */
    public long pid() {
        throw new UnsupportedOperationException("Implement Child.pid()");
    }

    /**
     * Waits at most {@code timeout} for the child to exit.
     *
     * @return its exit code, or empty if it is still running when the timeout ends
     */
    public OptionalInt awaitExit(Duration timeout) throws InterruptedException {
        throw new UnsupportedOperationException("Implement Child.awaitExit(timeout): a bounded wait for the exit code");
    }

    /**
     * @return the standard output (UTF-8) read so far; once the child has exited and its output is fully read,
     *         all of it
     */
    public String output() {
        throw new UnsupportedOperationException("Implement Child.output()");
    }

    /**
     * Kills the child and every descendant it started (children first or all at once — but none may survive), and
     * returns once the child has exited.
     */
    public void killTree() throws InterruptedException {
        throw new UnsupportedOperationException(
                "Implement Child.killTree(): destroy all descendants and the child, then wait for the child to exit");
    }

    /** Kills the tree if the child still runs. */
    @Override
    public void close() throws InterruptedException {
        throw new UnsupportedOperationException("Implement Child.close()");
    }
}
