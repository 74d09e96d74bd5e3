package dev.spindle.lessons.loop;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.PriorityQueue;

/**
 * A small asyncio event loop on a virtual clock (milliseconds). Each {@link #runOnce()} follows
 * {@code BaseEventLoop._run_once}: when nothing is ready the clock jumps to the earliest timer (where asyncio would
 * block in {@code select}), due timers move to the ready queue, then exactly the callbacks that were ready at that
 * point run; callbacks they schedule wait for the next iteration. Runs take no wall-clock time and always produce
 * the same order.
 */
public final class EventLoop implements AutoCloseable {

    private final Deque<Handle> ready = new ArrayDeque<>();
    private final PriorityQueue<Handle> timers =
            new PriorityQueue<>(Comparator.comparingLong(Handle::when).thenComparingLong(Handle::sequence));
    private final List<Task<?>> tasks = new ArrayList<>();
    private final List<String> trace = new ArrayList<>();
    private final List<Throwable> callbackErrors = new ArrayList<>();
    private long now;
    private long sequence;
    private long iterations;
    private boolean stopping;

    /** The virtual time in ms (asyncio's {@code loop.time()}). */
    public long time() {
        return now;
    }

    public Handle callSoon(Runnable callback) {
        Handle handle = new Handle(callback, now, sequence++);
        ready.add(handle);
        return handle;
    }

    public Handle callLater(long delayMillis, Runnable callback) {
        if (delayMillis < 0) throw new IllegalArgumentException("negative delay: " + delayMillis);
        return callAt(now + delayMillis, callback);
    }

    public Handle callAt(long whenMillis, Runnable callback) {
        Handle handle = new Handle(callback, whenMillis, sequence++);
        timers.add(handle);
        return handle;
    }

    public <T> AsyncFuture<T> createFuture() {
        return new AsyncFuture<>(this);
    }

    /** {@code asyncio.create_task(coro)} for a hand-written coroutine; the first step is scheduled with call_soon. */
    public <T> Task<T> createTaskFrom(String name, Coroutine<T> coroutine) {
        Task<T> task = new Task<>(this, name, coroutine);
        tasks.add(task);
        return task;
    }

    public <T> Task<T> createTask(String name, AsyncBody<T> body) {
        return createTaskFrom(name, Coroutines.of(this, body));
    }

    public <T> Task<T> createTask(AsyncBody<T> body) {
        return createTask("Task-" + (tasks.size() + 1), body);
    }

    /** {@code asyncio.sleep}: a future that a timer completes after {@code millis}. */
    public AsyncFuture<Void> sleep(long millis) {
        return sleep(millis, null);
    }

    public <T> AsyncFuture<T> sleep(long millis, T value) {
        AsyncFuture<T> future = createFuture();
        callLater(millis, () -> {
            if (!future.done()) future.setResult(value);
        });
        return future;
    }

    /** {@code asyncio.gather}: results in argument order; the first failure or cancellation fails the whole. */
    @SafeVarargs
    public final <T> AsyncFuture<List<T>> gather(AsyncFuture<? extends T>... children) {
        List<AsyncFuture<? extends T>> list = new ArrayList<>(children.length);
        for (AsyncFuture<? extends T> child : children) list.add(child);
        return gather(list);
    }

    public <T> AsyncFuture<List<T>> gather(List<? extends AsyncFuture<? extends T>> children) {
        return Gathering.of(this, children);
    }

    /** One iteration of the loop; returns how many callbacks ran. */
    public int runOnce() {
        iterations++;
        dropCancelledTimers();
        if (ready.isEmpty() && !timers.isEmpty()) now = Math.max(now, timers.peek().when());
        while (!timers.isEmpty() && timers.peek().when() <= now) {
            Handle due = timers.poll();
            if (!due.cancelled()) ready.add(due);
        }
        int todo = ready.size();
        int ran = 0;
        for (int i = 0; i < todo; i++) {
            Handle handle = ready.poll();
            if (handle.cancelled()) continue;
            ran++;
            try {
                handle.run();
            } catch (RuntimeException error) {
                callbackErrors.add(error);
            }
        }
        return ran;
    }

    /** Runs until {@code future} is done and returns its result (or throws its exception). */
    public <T> T runUntilComplete(AsyncFuture<T> future) {
        while (!future.done()) {
            if (!hasScheduledWork()) {
                throw new IllegalStateException("nothing is scheduled, so " + future + " can never complete");
            }
            runOnce();
        }
        return future.result();
    }

    /** Runs a fresh task for {@code body} to completion, like {@code asyncio.run(main())}. */
    public <T> T run(AsyncBody<T> body) {
        return runUntilComplete(createTask("main", body));
    }

    /** Runs until {@link #stop()} is called, or until nothing is left to do (a real loop would block forever). */
    public void runForever() {
        stopping = false;
        while (!stopping && hasScheduledWork()) runOnce();
        stopping = false;
    }

    /** Finishes the current iteration, then returns from {@link #runForever()}. */
    public void stop() {
        stopping = true;
    }

    public boolean hasScheduledWork() {
        dropCancelledTimers();
        return !ready.isEmpty() || !timers.isEmpty();
    }

    /** Appends "{time} {label}" to the trace; lessons print the trace to show the interleaving. */
    public void log(String label) {
        trace.add(now + " " + label);
    }

    public List<String> trace() {
        return List.copyOf(trace);
    }

    public long iterations() {
        return iterations;
    }

    /** Exceptions thrown by plain callbacks; asyncio would pass them to its exception handler and go on. */
    public List<Throwable> callbackErrors() {
        return List.copyOf(callbackErrors);
    }

    /** Ends the coroutines of unfinished tasks so their suspended bodies do not linger. */
    @Override
    public void close() {
        for (Task<?> task : tasks) {
            if (!task.done()) task.closeCoroutine();
        }
        ready.clear();
        timers.clear();
    }

    private void dropCancelledTimers() {
        while (!timers.isEmpty() && timers.peek().cancelled()) timers.poll();
    }
}
