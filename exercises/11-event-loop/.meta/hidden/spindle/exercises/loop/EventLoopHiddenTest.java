package spindle.exercises.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class EventLoopHiddenTest {

    @Test
    void callbacksScheduledDuringAnIterationRunInTheNextOne() {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            EventLoop loop = new EventLoop();
            List<String> trace = new ArrayList<>();
            loop.callSoon(() -> {
                trace.add("a");
                loop.callSoon(() -> trace.add("a-child"));
            });
            loop.callSoon(() -> trace.add("b"));
            loop.runOnce();
            assertEquals(List.of("a", "b"), trace, "iteration 1 runs only what was ready when it started");
            loop.runOnce();
            assertEquals(List.of("a", "b", "a-child"), trace);
        });
    }

    /** A callback that keeps rescheduling itself must not keep a due timer waiting beyond the next iteration. */
    @Test
    void selfReschedulingCallbackDoesNotStarveTimers() {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            EventLoop loop = new EventLoop();
            int[] spins = {0};
            LoopFuture<Integer> timerFired = loop.createFuture();
            Runnable[] spin = new Runnable[1];
            spin[0] = () -> {
                spins[0]++;
                if (spins[0] == 1) {
                    loop.callAt(loop.time(), () -> timerFired.setResult(spins[0]));
                }
                if (!timerFired.done() && spins[0] < 100_000) {
                    loop.callSoon(spin[0]);
                }
            };
            loop.callSoon(spin[0]);
            assertEquals(2, loop.runUntilComplete(timerFired),
                    "spins before the timer ran: the timer is due in iteration 2, after that iteration's one spin");
        });
    }

    @Test
    void doneCallbacksAreScheduledNotCalledInline() {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            EventLoop loop = new EventLoop();
            List<String> trace = new ArrayList<>();
            LoopFuture<Integer> f = loop.createFuture();
            f.addDoneCallback(x -> trace.add("first " + x.result()));
            f.addDoneCallback(x -> trace.add("second " + x.result()));
            f.setResult(7);
            trace.add("after setResult");
            f.addDoneCallback(x -> trace.add("late " + x.result()));
            trace.add("after late add");
            loop.runOnce();
            assertEquals(List.of("after setResult", "after late add", "first 7", "second 7", "late 7"), trace);
            loop.runOnce();
            assertEquals(5, trace.size(), "each callback runs exactly once");
        });
    }

    @Test
    void cancelledAndFailedFutures() {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            EventLoop loop = new EventLoop();
            LoopFuture<String> c = loop.createFuture();
            assertTrue(c.cancel());
            assertEquals(LoopFuture.State.CANCELLED, c.state());
            assertThrows(CancellationException.class, c::result);
            LoopFuture<String> unchecked = loop.createFuture();
            IllegalArgumentException bad = new IllegalArgumentException("bad");
            unchecked.setException(bad);
            assertSame(bad, assertThrows(IllegalArgumentException.class, unchecked::result));
            LoopFuture<String> checked = loop.createFuture();
            IOException io = new IOException("io");
            checked.setException(io);
            assertSame(io, assertThrows(CompletionException.class, checked::result).getCause());
            boolean[] ran = {false};
            EventLoop.Handle h = loop.callLater(5, () -> ran[0] = true);
            h.cancel();
            loop.runForever();
            assertEquals(false, ran[0], "a cancelled timer never runs");
        });
    }

    /** Two workers sleep in steps; gather returns results in argument order; the clock ends at the last wake-up. */
    @Test
    void gatherKeepsArgumentOrder() {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            EventLoop loop = new EventLoop();
            LoopFuture<String> slow = loop.createFuture();
            LoopFuture<String> fast = loop.createFuture();
            loop.callLater(450, () -> slow.setResult("slow"));
            loop.callLater(100, () -> fast.setResult("fast"));
            assertEquals(List.of("slow", "fast"), loop.runUntilComplete(loop.gather(List.of(slow, fast))));
            assertEquals(450, loop.time());
        });
    }

    @Test
    void gatherOfNothingIsDoneAtOnce() {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            EventLoop loop = new EventLoop();
            LoopFuture<List<String>> none = loop.gather(List.of());
            assertEquals(List.of(), loop.runUntilComplete(none));
        });
    }

    @Test
    void runUntilCompleteReportsAFutureThatCanNeverFinish() {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            EventLoop loop = new EventLoop();
            LoopFuture<String> never = loop.createFuture();
            loop.callLater(50, () -> { });
            assertThrows(IllegalStateException.class, () -> loop.runUntilComplete(never));
            assertEquals(50, loop.time());
        });
    }

    @Test
    void gatherFailsWithTheFirstError() {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            EventLoop loop = new EventLoop();
            LoopFuture<String> ok = loop.createFuture();
            LoopFuture<String> bad = loop.createFuture();
            IllegalStateException boom = new IllegalStateException("boom");
            loop.callLater(10, () -> bad.setException(boom));
            loop.callLater(20, () -> ok.setResult("ok"));
            LoopFuture<List<String>> all = loop.gather(List.of(ok, bad));
            assertSame(boom, assertThrows(IllegalStateException.class, () -> loop.runUntilComplete(all)));
        });
    }
}
