package spindle.exercises.generators;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * A Python-style generator (生成器实现协程) for Java: the body runs only when the consumer asks for the next value,
 * stops at each {@code yield}, and resumes exactly where it stopped.
 *
 * <pre>{@code
 * Generator<Integer> countdown = new Generator<>(y -> {
 *     for (int i = 3; i > 0; i--) y.yield(i);
 * });
 * countdown.forEachRemaining(System.out::println); // 3 2 1
 * }</pre>
 *
 * <p>Java has no {@code yield} statement for this, so the body runs on its own (virtual) thread and hands each value
 * over to the consumer; only one of the two ever runs at a time. States follow Python's
 * {@code inspect.getgeneratorstate}: CREATED (not started), RUNNING (the body is executing), SUSPENDED (stopped at a
 * {@code yield}), CLOSED (finished, failed or closed).
 *
 * @param <T> type of the yielded values
 */
public final class Generator<T> implements Iterator<T>, AutoCloseable {

    /** Python's GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED, GEN_CLOSED. */
    public enum State { CREATED, RUNNING, SUSPENDED, CLOSED }

    /** The generator function's body. */
    @FunctionalInterface
    public interface Body<T> {
        void run(Yielder<T> y) throws Exception;
    }

    /** Passed to the body; {@code yield(v)} hands {@code v} to the consumer and suspends the body. */
    public interface Yielder<T> {
        /**
         * @throws Closed if the generator is closed while suspended here (let it propagate; finally blocks run)
         */
        void yield(T value);
    }

    /** Thrown out of {@link Yielder#yield} when the generator is closed — Python's {@code GeneratorExit}. */
    public static final class Closed extends RuntimeException {
        public Closed() {
            super("generator closed", null, false, false);
        }
    }

    /** Creates a generator; the body does not start yet (state CREATED). */
    public Generator(Body<T> body) {
        throw new UnsupportedOperationException("Implement Generator(Body): keep the body, state CREATED, start nothing");
    }

    /**
     * Runs the body up to its next {@code yield} (starting it if needed) unless a value is already waiting.
     *
     * @return {@code false} once the body has returned (state CLOSED)
     * @throws RuntimeException the body's exception (unchecked ones as they are, checked ones as the cause of a
     *                          {@code RuntimeException}); the generator is then CLOSED
     */
    @Override
    public boolean hasNext() {
        throw new UnsupportedOperationException(
                "Implement Generator.hasNext(): resume the body until it yields a value or ends");
    }

    /** @throws NoSuchElementException if the generator is exhausted or closed */
    @Override
    public T next() {
        throw new UnsupportedOperationException("Implement Generator.next(): hasNext(), then hand over the value");
    }

    /** @return the current state; the body itself sees RUNNING */
    public State state() {
        throw new UnsupportedOperationException("Implement Generator.state()");
    }

    /**
     * Closes the generator. If the body is suspended in {@code yield}, that call throws {@link Closed} so the body's
     * {@code finally} blocks run, and {@code close()} returns after the body has ended. Closing a CREATED generator
     * never runs the body. Closing twice is harmless.
     */
    @Override
    public void close() {
        throw new UnsupportedOperationException(
                "Implement Generator.close(): make the suspended yield() throw Closed and wait for the body to end");
    }
}
