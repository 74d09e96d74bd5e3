package spindle.exercises.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventLoopTest {

    @Test
    void callSoonRunsInFifoOrder() {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            EventLoop loop = new EventLoop();
            List<String> trace = new ArrayList<>();
            loop.callSoon(() -> trace.add("a"));
            loop.callSoon(() -> trace.add("b"));
            loop.callSoon(() -> trace.add("c"));
            assertTrue(loop.runOnce());
            assertEquals(List.of("a", "b", "c"), trace);
            assertFalse(loop.runOnce(), "nothing left to do");
        });
    }

    @Test
    void timersRunByDeadlineAndTheClockJumps() {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            EventLoop loop = new EventLoop();
            List<String> trace = new ArrayList<>();
            loop.callLater(300, () -> trace.add("300@" + loop.time()));
            loop.callLater(100, () -> trace.add("100a@" + loop.time()));
            loop.callAt(100, () -> trace.add("100b@" + loop.time()));
            loop.callLater(10_000, () -> trace.add("10s@" + loop.time()));
            loop.runForever();
            assertEquals(List.of("100a@100", "100b@100", "300@300", "10s@10000"), trace,
                    "by deadline, ties in scheduling order, clock jumps to each deadline");
            assertEquals(10_000, loop.time());
        });
    }

    @Test
    void futureMovesFromPendingToFinishedOnce() {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            EventLoop loop = new EventLoop();
            LoopFuture<String> f = loop.createFuture();
            assertEquals(LoopFuture.State.PENDING, f.state());
            assertThrows(IllegalStateException.class, f::result, "result() while pending");
            f.setResult("ok");
            assertEquals(LoopFuture.State.FINISHED, f.state());
            assertEquals("ok", f.result());
            assertThrows(IllegalStateException.class, () -> f.setResult("again"), "InvalidStateError");
            assertFalse(f.cancel(), "a done future cannot be cancelled");
        });
    }

    @Test
    void runUntilCompleteWithSleep() {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            EventLoop loop = new EventLoop();
            LoopFuture<String> answer = loop.createFuture();
            loop.sleep(250).addDoneCallback(f -> answer.setResult("woke at " + loop.time()));
            assertEquals("woke at 250", loop.runUntilComplete(answer));
        });
    }
}
