package dev.spindle.lessons.loop;

/** What a coroutine does when it stops running: wait for a future, give others a turn, or return. */
public sealed interface Step<T> {

    /** Suspend until {@code future} is done (Python: {@code yield future} inside {@code await}). */
    record Await<T>(AsyncFuture<?> future) implements Step<T> {}

    /** Suspend for one loop iteration (a bare {@code yield}, what {@code asyncio.sleep(0)} does). */
    record Yield<T>() implements Step<T> {}

    /** Finish with {@code value} (Python: {@code return value}, raising StopIteration). */
    record Return<T>(T value) implements Step<T> {}
}
