package dev.spindle.lessons.loop;

/** The body of an {@code async def}: straight-line code that suspends through {@link Awaiter#await}. */
@FunctionalInterface
public interface AsyncBody<T> {
    T run(Awaiter awaiter) throws Exception;
}
