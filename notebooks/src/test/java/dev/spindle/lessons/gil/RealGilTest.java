package dev.spindle.lessons.gil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class RealGilTest {

    private static final Duration LIMIT = Duration.ofSeconds(20);

    @Test
    void onlyOneThreadRunsBytecodeAtATimeUnderTheTickRule() {
        assertTimeoutPreemptively(LIMIT, () -> {
            RealGil gil = RealGil.everyTicks(100);
            long[] unsafeCounter = {0};
            runTogether(4, () -> gil.runBytecodes(20_000, n -> unsafeCounter[0]++));

            assertThat(gil.stats().maxHolders()).isEqualTo(1);
            assertThat(unsafeCounter[0]).isEqualTo(80_000);
        });
    }

    @Test
    void onlyOneThreadRunsBytecodeAtATimeUnderTheIntervalRule() {
        assertTimeoutPreemptively(LIMIT, () -> {
            RealGil gil = RealGil.interval(Duration.ofMillis(1));
            long[] unsafeCounter = {0};
            runTogether(3, () -> gil.runBytecodes(50_000, n -> unsafeCounter[0]++));

            assertThat(gil.stats().maxHolders()).isEqualTo(1);
            assertThat(unsafeCounter[0]).isEqualTo(150_000);
        });
    }

    @Test
    void tickRuleReleasesOncePerCheckInterval() {
        RealGil gil = RealGil.everyTicks(100);
        gil.runBytecodes(1_050, n -> { });

        assertThat(gil.stats().checkReleases()).isEqualTo(10);
        assertThat(gil.stats().acquisitions()).isEqualTo(11);
        assertThat(gil.stats().switches()).isEqualTo(1);
    }

    @Test
    void holderDropsOnlyWhenAWaiterAsksAndTheWaiterGetsIn() {
        assertTimeoutPreemptively(LIMIT, () -> {
            RealGil gil = RealGil.interval(Duration.ofMillis(1));
            AtomicBoolean waiterRan = new AtomicBoolean();
            gil.take();
            Thread waiter = Thread.ofPlatform().daemon().start(() -> {
                gil.take();
                waiterRan.set(true);
                gil.drop();
            });
            while (!waiterRan.get()) {
                gil.tick();
                Thread.onSpinWait();
            }
            gil.drop();
            waiter.join();

            assertThat(gil.stats().dropsOnRequest()).isGreaterThanOrEqualTo(1);
            assertThat(gil.stats().switches()).isGreaterThanOrEqualTo(2);
            assertThat(gil.stats().maxHolders()).isEqualTo(1);
        });
    }

    @Test
    void aSecondThreadBlocksWhileTheGilIsHeld() {
        assertTimeoutPreemptively(LIMIT, () -> {
            RealGil gil = RealGil.everyTicks(100);
            gil.take();
            Thread other = Thread.ofPlatform().daemon().start(() -> {
                gil.take();
                gil.drop();
            });
            awaitState(other, Thread.State.WAITING);
            gil.drop();
            other.join();
            assertThat(gil.stats().maxHolders()).isEqualTo(1);
        });
    }

    @Test
    void withoutAGilTwoThreadsAreInsideAtOnce() {
        assertTimeoutPreemptively(LIMIT, () -> {
            RealGil none = RealGil.freeThreaded();
            CountDownLatch bothInside = new CountDownLatch(2);
            runTogether(2, () -> {
                none.take();
                bothInside.countDown();
                try {
                    bothInside.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                none.drop();
            });
            assertThat(none.stats().maxHolders()).isEqualTo(2);
        });
    }

    @Test
    void contrastRunsAllTheWorkAndReportsCpuTime() {
        assertTimeoutPreemptively(LIMIT, () -> {
            GilContrast.Result withGil = GilContrast.run(RealGil.everyTicks(100), 2, 100_000);
            GilContrast.Result without = GilContrast.run(RealGil.freeThreaded(), 2, 100_000);

            assertThat(withGil.stats().maxHolders()).isEqualTo(1);
            assertThat(withGil.stats().acquisitions()).isGreaterThanOrEqualTo(2 + 2 * 999);
            assertThat(withGil.cpuNanos()).isPositive();
            assertThat(without.wallNanos()).isPositive();
        });
    }

    private static void runTogether(int n, Runnable body) throws InterruptedException {
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            threads.add(Thread.ofPlatform().daemon().start(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    return;
                }
                body.run();
            }));
        }
        go.countDown();
        for (Thread t : threads) t.join();
    }

    static void awaitState(Thread t, Thread.State state) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (t.getState() != state) {
            if (System.nanoTime() > deadline) throw new AssertionError(t + " never reached " + state);
            Thread.sleep(1);
        }
    }
}
