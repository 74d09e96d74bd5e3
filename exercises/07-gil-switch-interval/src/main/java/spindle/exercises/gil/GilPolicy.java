package spindle.exercises.gil;

/**
 * The two decisions that make up a GIL release rule. {@link GilSimulator} asks them; it does everything else
 * (virtual clock, I/O, bookkeeping). Given, not graded.
 */
public interface GilPolicy {

    /**
     * Called after the holder has executed one tick ("bytecode") of CPU work and still has more to do.
     *
     * @return {@code true} if the holder must drop the GIL now
     */
    boolean mustDrop(GilView view);

    /**
     * The GIL is free and at least one thread waits for it; choose which one gets it.
     *
     * @param dropper the thread that just dropped the GIL because {@link #mustDrop} said so (it is among the waiters),
     *                or {@code -1} if the GIL was released because its holder started I/O or finished
     * @return the id of one of {@code view.waiters()}
     */
    int pickNext(GilView view, int dropper);
}
