package spindle.exercises.states;

/**
 * Produces threads in each of Java's six {@link Thread.State}s (线程状态).
 *
 * <p>The note lists the textbook five states (新建 就绪 运行 阻塞 死亡). Java reports six: NEW, RUNNABLE (ready and
 * running together), BLOCKED (waiting to enter a {@code synchronized} monitor), WAITING (parked or in
 * {@code wait()}/{@code join()} without timeout), TIMED_WAITING (the same with a timeout, or {@code sleep}) and
 * TERMINATED.
 *
 * <p>Every thread this probe starts must be a <b>daemon</b> thread and must end when {@link #close()} is called.
 */
public final class StateProbe implements AutoCloseable {

    /**
     * Returns a thread that is in {@code state} now or will reach it by itself shortly, and then stays in it until
     * {@link #close()}. NEW: a thread that was never started. TERMINATED: a thread that has already finished.
     * Each call returns a different thread.
     */
    public Thread threadIn(Thread.State state) {
        throw new UnsupportedOperationException(
                "Implement StateProbe.threadIn(" + state + "): start a daemon thread that reaches and keeps this state");
    }

    /** Releases every thread this probe started; they all end promptly (within a second). */
    @Override
    public void close() {
        throw new UnsupportedOperationException("Implement StateProbe.close(): let every started thread finish");
    }
}
