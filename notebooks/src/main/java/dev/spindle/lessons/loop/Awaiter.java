package dev.spindle.lessons.loop;

import dev.spindle.lessons.generator.Generator;

/** What an {@link AsyncBody} calls to suspend; each method is one Python {@code await}. */
public final class Awaiter {

    private final EventLoop loop;
    private final Generator.Yielder<Step<?>> yielder;

    Awaiter(EventLoop loop, Generator.Yielder<Step<?>> yielder) {
        this.loop = loop;
        this.yielder = yielder;
    }

    public EventLoop loop() {
        return loop;
    }

    /** {@code await future}: suspends only if the future is not done yet, then returns its result or throws. */
    public <R> R await(AsyncFuture<R> future) {
        if (!future.done()) yielder.yield(new Step.Await<>(future));
        return future.result();
    }

    /** {@code await asyncio.sleep(ms / 1000)}. */
    public void sleep(long millis) {
        await(loop.sleep(millis));
    }

    /** {@code await asyncio.sleep(0)}: lets every other ready callback run once. */
    public void yieldControl() {
        yielder.yield(new Step.Yield<>());
    }
}
