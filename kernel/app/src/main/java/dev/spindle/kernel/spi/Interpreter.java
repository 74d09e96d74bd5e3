package dev.spindle.kernel.spi;

/**
 * Runs code for the kernel core. Every method but {@link #interrupt()} is called from the one shell thread,
 * one request at a time; {@link #interrupt()} is called from the control thread while a request runs.
 */
public interface Interpreter extends AutoCloseable {

    LanguageInfo languageInfo();

    String banner();

    /**
     * Runs one cell and blocks until its main code finishes. Output goes to {@code output}, which stays
     * usable after this method returns: threads the cell started keep writing to it. An interrupt may come
     * before the cell is under way; the interpreter then must not start it ({@link ExecuteOptions#interrupts()}),
     * deciding so atomically with {@link #interrupt()}.
     */
    ExecuteOutcome execute(ExecuteOptions options, CellOutput output);

    Completion complete(String code, int cursorPos);

    Inspection inspect(String code, int cursorPos, int detailLevel);

    Completeness isComplete(String code);

    /** Stops the running cell and the threads user code started. Safe to call from any thread, at any time. */
    void interrupt();

    /** Releases the interpreter's resources (the engine process, threads). */
    @Override
    void close();
}
