package dev.spindle.lessons.loop;

/**
 * A coroutine object as a {@link Task} drives it: resume it with a value or an exception, and it runs to its next
 * {@link Step}. Hand-written state machines implement this directly (that is what {@code async def} compiles to);
 * {@link Coroutines#of} builds one from straight-line code.
 */
public interface Coroutine<T> {

    /** Python's {@code coro.send(value)}; the first call gets {@code null}. */
    Step<T> send(Object value);

    /** Python's {@code coro.throw(error)}: raise {@code error} where the coroutine is suspended. */
    default Step<T> throwIn(RuntimeException error) {
        throw error;
    }

    /** Releases whatever the coroutine holds if it will never be resumed again. */
    default void close() {}
}
