package spindle.exercises.loop;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/** Wrong: gather collects results as the inputs finish, so they come back in completion order. */
public final class EventLoop {

    public interface Handle {
        void cancel();
    }

    private static final class Timer implements Handle {
        final long when;
        final long seq;
        final Runnable callback;
        boolean cancelled;

        Timer(long when, long seq, Runnable callback) {
            this.when = when;
            this.seq = seq;
            this.callback = callback;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }
    }

    private final ArrayDeque<Runnable> ready = new ArrayDeque<>();
    private final PriorityQueue<Timer> timers =
            new PriorityQueue<>(Comparator.comparingLong((Timer t) -> t.when).thenComparingLong(t -> t.seq));
    private long now;
    private long seq;
    private boolean stopping;

    public EventLoop() {
    }

    public long time() {
        return now;
    }

    public void callSoon(Runnable callback) {
        ready.addLast(callback);
    }

    public Handle callLater(long delayMs, Runnable callback) {
        if (delayMs < 0) {
            throw new IllegalArgumentException("negative delay " + delayMs);
        }
        return callAt(now + delayMs, callback);
    }

    public Handle callAt(long when, Runnable callback) {
        Timer t = new Timer(when, seq++, callback);
        timers.add(t);
        return t;
    }

    public boolean runOnce() {
        while (!timers.isEmpty() && timers.peek().cancelled) {
            timers.poll();
        }
        if (ready.isEmpty() && timers.isEmpty()) {
            return false;
        }
        if (ready.isEmpty()) {
            now = Math.max(now, timers.peek().when);
        }
        while (!timers.isEmpty() && timers.peek().when <= now) {
            Timer t = timers.poll();
            if (!t.cancelled) {
                ready.addLast(t.callback);
            }
        }
        int ntodo = ready.size();
        for (int i = 0; i < ntodo; i++) {
            ready.pollFirst().run();
        }
        return true;
    }

    public void runForever() {
        stopping = false;
        while (!stopping && runOnce()) {
            // keep going
        }
        stopping = false;
    }

    public void stop() {
        stopping = true;
    }

    public <T> T runUntilComplete(LoopFuture<T> future) {
        stopping = false;
        while (!future.done() && !stopping) {
            if (!runOnce()) {
                break;
            }
        }
        stopping = false;
        if (!future.done()) {
            throw new IllegalStateException("Event loop stopped before Future completed.");
        }
        return future.result();
    }

    public <T> LoopFuture<T> createFuture() {
        return new LoopFuture<>(this);
    }

    public LoopFuture<Void> sleep(long ms) {
        LoopFuture<Void> f = createFuture();
        callLater(ms, () -> {
            if (!f.done()) {
                f.setResult(null);
            }
        });
        return f;
    }

    public <T> LoopFuture<List<T>> gather(List<LoopFuture<T>> futures) {
        LoopFuture<List<T>> out = createFuture();
        if (futures.isEmpty()) {
            out.setResult(List.of());
            return out;
        }
        int[] left = {futures.size()};
        List<T> inOrderOfCompletion = new ArrayList<>();
        for (LoopFuture<T> f : futures) {
            f.addDoneCallback(done -> {
                if (out.done()) {
                    return;
                }
                if (done.state() == LoopFuture.State.CANCELLED) {
                    out.cancel();
                    return;
                }
                if (done.exceptionOrNull() != null) {
                    out.setException(done.exceptionOrNull());
                    return;
                }
                inOrderOfCompletion.add(done.result());
                if (--left[0] == 0) {
                    out.setResult(inOrderOfCompletion);
                }
            });
        }
        return out;
    }
}
