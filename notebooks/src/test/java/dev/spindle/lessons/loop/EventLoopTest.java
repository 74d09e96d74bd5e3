package dev.spindle.lessons.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class EventLoopTest {

    private final EventLoop loop = new EventLoop();

    @AfterEach
    void closeLoop() {
        loop.close();
    }

    private AsyncBody<String> worker(String name, long pause) {
        return aw -> {
            for (int i = 0; i < 3; i++) {
                loop.log(name + i);
                aw.sleep(pause);
            }
            return name + "-done";
        };
    }

    @Test
    void twoSleepingWorkersInterleaveOnTheVirtualClock() {
        String result = loop.run(aw -> {
            List<String> both = aw.await(loop.gather(
                    loop.createTask("A", worker("A", 100)),
                    loop.createTask("B", worker("B", 150))));
            return String.join("+", both);
        });

        assertThat(result).isEqualTo("A-done+B-done");
        assertThat(loop.time()).isEqualTo(450);
        assertThat(loop.trace()).containsExactly("0 A0", "0 B0", "100 A1", "150 B1", "200 A2", "300 B2");
    }

    @Test
    void callbacksScheduledDuringAnIterationRunInTheNextOne() {
        List<String> ran = new ArrayList<>();
        loop.callSoon(() -> {
            ran.add("first");
            loop.callSoon(() -> ran.add("scheduled by first"));
        });
        loop.callSoon(() -> ran.add("second"));

        assertThat(loop.runOnce()).isEqualTo(2);
        assertThat(ran).containsExactly("first", "second");
        loop.runOnce();
        assertThat(ran).containsExactly("first", "second", "scheduled by first");
    }

    @Test
    void timersRunByDeadlineThenByInsertionOrderAndTheClockJumps() {
        List<String> ran = new ArrayList<>();
        loop.callLater(30, () -> ran.add("30a"));
        loop.callLater(10, () -> ran.add("10"));
        loop.callLater(30, () -> ran.add("30b"));
        loop.callLater(20, () -> ran.add("20")).cancel();

        loop.runOnce();
        assertThat(loop.time()).isEqualTo(10);
        loop.runForever();
        assertThat(ran).containsExactly("10", "30a", "30b");
        assertThat(loop.time()).isEqualTo(30);
    }

    @Test
    void stopFinishesTheCurrentIteration() {
        List<String> ran = new ArrayList<>();
        loop.callSoon(() -> {
            ran.add("a");
            loop.stop();
            loop.callSoon(() -> ran.add("next iteration"));
        });
        loop.callSoon(() -> ran.add("b"));

        loop.runForever();
        assertThat(ran).containsExactly("a", "b");
    }

    @Test
    void futureStatesFollowAsyncio() {
        AsyncFuture<String> f = loop.createFuture();
        assertThat(f.state()).isEqualTo(FutureState.PENDING);
        assertThatThrownBy(f::result).isInstanceOf(IllegalStateException.class);

        f.setResult("x");
        assertThat(f.state()).isEqualTo(FutureState.FINISHED);
        assertThat(f.result()).isEqualTo("x");
        assertThatThrownBy(() -> f.setResult("y")).isInstanceOf(IllegalStateException.class);
        assertThat(f.cancel()).isFalse();

        AsyncFuture<String> g = loop.createFuture();
        assertThat(g.cancel()).isTrue();
        assertThat(g.state()).isEqualTo(FutureState.CANCELLED);
        assertThatThrownBy(g::result).isInstanceOf(CancellationException.class);
    }

    @Test
    void doneCallbacksAreScheduledNotCalledInlineOnceAndInOrder() {
        List<String> calls = new ArrayList<>();
        AsyncFuture<Integer> f = loop.createFuture();
        f.addDoneCallback(x -> calls.add("one:" + x.result()));
        f.addDoneCallback(x -> calls.add("two:" + x.result()));
        f.setResult(7);

        assertThat(calls).isEmpty();
        loop.runOnce();
        assertThat(calls).containsExactly("one:7", "two:7");
        loop.runForever();
        assertThat(calls).hasSize(2);
    }

    @Test
    void cancellingASleepingTaskRunsItsFinallyAndEndsCancelled() {
        List<String> log = new ArrayList<>();
        Task<String> sleeper = loop.createTask("sleeper", aw -> {
            try {
                aw.sleep(1_000);
                return "woke";
            } finally {
                log.add("cleanup at " + loop.time());
            }
        });
        loop.callLater(10, sleeper::cancel);

        assertThatThrownBy(() -> loop.runUntilComplete(sleeper)).isInstanceOf(CancellationException.class);
        assertThat(sleeper.state()).isEqualTo(FutureState.CANCELLED);
        assertThat(log).containsExactly("cleanup at 10");
    }

    @Test
    void aCoroutineMayCatchItsCancellation() {
        Task<String> stubborn = loop.createTask("stubborn", aw -> {
            try {
                aw.sleep(1_000);
                return "woke";
            } catch (CancellationException e) {
                return "caught";
            }
        });
        loop.callLater(5, stubborn::cancel);

        assertThat(loop.runUntilComplete(stubborn)).isEqualTo("caught");
        assertThat(stubborn.state()).isEqualTo(FutureState.FINISHED);
    }

    @Test
    void gatherKeepsArgumentOrderNotCompletionOrder() {
        AsyncFuture<List<String>> all = loop.gather(loop.sleep(30, "slow"), loop.sleep(10, "fast"));

        assertThat(loop.runUntilComplete(all)).containsExactly("slow", "fast");
    }

    @Test
    void gatherFailsWithTheFirstChildException() {
        Task<String> failing = loop.createTask("failing", aw -> {
            aw.sleep(5);
            throw new IllegalArgumentException("bad input");
        });
        AsyncFuture<List<String>> all = loop.gather(loop.sleep(50, "ok"), failing);

        assertThatThrownBy(() -> loop.runUntilComplete(all)).hasMessage("bad input");
        assertThat(loop.time()).isEqualTo(5);
    }

    @Test
    void cancellingGatherCancelsEveryChild() {
        Task<String> a = loop.createTask("a", worker("a", 100));
        Task<String> b = loop.createTask("b", worker("b", 100));
        AsyncFuture<List<String>> all = loop.gather(a, b);
        loop.callLater(150, all::cancel);

        assertThatThrownBy(() -> loop.runUntilComplete(all)).isInstanceOf(CancellationException.class);
        assertThat(a.cancelled()).isTrue();
        assertThat(b.cancelled()).isTrue();
        assertThat(all.cancelled()).isTrue();
    }

    @Test
    void yieldControlLetsOtherReadyCallbacksRunFirst() {
        Task<Void> polite = loop.createTask("polite", aw -> {
            loop.log("polite before");
            aw.yieldControl();
            loop.log("polite after");
            return null;
        });
        loop.createTask("other", aw -> {
            loop.log("other");
            return null;
        });
        loop.runUntilComplete(polite);

        assertThat(loop.trace()).containsExactly("0 polite before", "0 other", "0 polite after");
    }

    @Test
    void aHandWrittenStateMachineIsACoroutineToo() {
        // What "async def f(): x = await sleep(10, 20); y = await sleep(5, 22); return x + y" compiles to.
        Coroutine<Integer> machine = new Coroutine<>() {
            private int state;
            private int x;

            @Override
            public Step<Integer> send(Object value) {
                return switch (state++) {
                    case 0 -> new Step.Await<>(loop.sleep(10, 20));
                    case 1 -> {
                        x = (Integer) value;
                        yield new Step.Await<>(loop.sleep(5, 22));
                    }
                    default -> new Step.Return<>(x + (Integer) value);
                };
            }
        };

        assertThat(loop.runUntilComplete(loop.createTaskFrom("machine", machine))).isEqualTo(42);
        assertThat(loop.time()).isEqualTo(15);
    }

    @Test
    void awaitingAFutureNobodyCompletesIsReportedNotHung() {
        AsyncFuture<String> never = loop.createFuture();

        assertThatThrownBy(() -> loop.runUntilComplete(never))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("can never complete");
    }

    @Test
    void closingTheLoopEndsSuspendedTasks() {
        List<String> log = new ArrayList<>();
        loop.createTask("forever", aw -> {
            try {
                aw.await(loop.createFuture());
                return null;
            } finally {
                log.add("closed");
            }
        });
        loop.runOnce();
        loop.close();

        assertThat(log).containsExactly("closed");
    }

    @Test
    void aFailingCallbackDoesNotStopTheLoop() {
        List<String> ran = new ArrayList<>();
        loop.callSoon(() -> {
            throw new IllegalStateException("oops");
        });
        loop.callSoon(() -> ran.add("still runs"));
        loop.runForever();

        assertThat(ran).containsExactly("still runs");
        assertThat(loop.callbackErrors()).singleElement().extracting(Throwable::getMessage).isEqualTo("oops");
    }
}
