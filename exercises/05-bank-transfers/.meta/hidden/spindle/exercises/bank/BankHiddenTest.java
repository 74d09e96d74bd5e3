package spindle.exercises.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BankHiddenTest {

    /** Circular wait among three: 0->1, 1->2, 2->0. */
    @Test
    void ringOfThreeTransfersDoesNotDeadlock() {
        assertTimeoutPreemptively(Duration.ofSeconds(7), () -> {
            Gate gate = new Gate();
            Bank bank = new Bank(new long[] {100, 100, 100}, gate::inHook);
            gate.run(List.of(() -> bank.transfer(0, 1, 1), () -> bank.transfer(1, 2, 2), () -> bank.transfer(2, 0, 3)));
            assertEquals(102, bank.balance(0));
            assertEquals(99, bank.balance(1));
            assertEquals(99, bank.balance(2));
        }, "three transfers in a ring deadlocked");
    }

    /** 0->1 and 2->3 share no account: both must be inside the hook at the same time. */
    @Test
    void transfersOnDisjointAccountsRunInParallel() {
        assertTimeoutPreemptively(Duration.ofSeconds(8), () -> {
            CountDownLatch bothInside = new CountDownLatch(2);
            AtomicInteger sawOther = new AtomicInteger();
            Bank bank = new Bank(new long[] {10, 10, 10, 10}, () -> {
                bothInside.countDown();
                try {
                    if (bothInside.await(3, java.util.concurrent.TimeUnit.SECONDS)) {
                        sawOther.incrementAndGet();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            Thread a = Thread.ofPlatform().daemon().start(() -> bank.transfer(0, 1, 5));
            Thread b = Thread.ofPlatform().daemon().start(() -> bank.transfer(2, 3, 5));
            a.join();
            b.join();
            assertEquals(2, sawOther.get(),
                    "transfers 0->1 and 2->3 could not hold their locks at the same time: use one lock per account");
        });
    }

    @Test
    void failedTransferStillRunsHookAndChangesNothing() {
        AtomicInteger calls = new AtomicInteger();
        Bank bank = new Bank(new long[] {5, 0}, calls::incrementAndGet);
        assertEquals(false, bank.transfer(0, 1, 6));
        assertEquals(1, calls.get(), "hook calls");
        assertEquals(5, bank.balance(0));
        assertEquals(0, bank.balance(1));
    }

    /** 4 platform threads x 2,000 seeded random transfers among 6 accounts. */
    @Test
    void moneyIsConservedUnderContention() {
        assertTimeoutPreemptively(Duration.ofSeconds(9), () -> {
            long[] open = {1000, 1000, 1000, 1000, 1000, 1000};
            AtomicInteger inHook = new AtomicInteger();
            Bank bank = new Bank(open, inHook::incrementAndGet);
            CountDownLatch go = new CountDownLatch(1);
            List<Thread> workers = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                long seed = 42 + w;
                workers.add(Thread.ofPlatform().daemon().start(() -> {
                    Random rnd = new Random(seed);
                    try {
                        go.await();
                    } catch (InterruptedException e) {
                        return;
                    }
                    for (int i = 0; i < 2000; i++) {
                        int from = rnd.nextInt(6);
                        int to = (from + 1 + rnd.nextInt(5)) % 6;
                        bank.transfer(from, to, 1 + rnd.nextInt(300));
                    }
                }));
            }
            go.countDown();
            for (Thread t : workers) {
                t.join();
            }
            long total = 0;
            for (int i = 0; i < 6; i++) {
                assertTrue(bank.balance(i) >= 0, "account " + i + " went negative");
                total += bank.balance(i);
            }
            assertEquals(6000, total, "money created or destroyed");
            assertEquals(8000, inHook.get(), "hook must run once per transfer");
            assertNull(ManagementFactory.getThreadMXBean().findDeadlockedThreads());
        });
    }

    /**
     * Test support: starts one platform daemon thread per task and, inside the hook, holds each thread until every
     * other task has reached the hook, is BLOCKED/WAITING (stuck on a lock) or has finished. Polls; never sleeps.
     */
    static final class Gate {
        private final Set<Thread> inside = ConcurrentHashMap.newKeySet();
        private final Set<Thread> started = ConcurrentHashMap.newKeySet();
        private final List<Thread> threads = new ArrayList<>();
        private final AtomicInteger errors = new AtomicInteger();

        void inHook() {
            Thread me = Thread.currentThread();
            if (!threads.contains(me)) {
                return;
            }
            inside.add(me);
            long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
            while (System.nanoTime() < deadline) {
                boolean settled = true;
                for (Thread other : threads) {
                    if (other == me || inside.contains(other)) {
                        continue;
                    }
                    Thread.State s = other.getState();
                    if (!(started.contains(other)
                            && (s == Thread.State.BLOCKED || s == Thread.State.WAITING || s == Thread.State.TERMINATED))) {
                        settled = false;
                    }
                }
                if (settled) {
                    return;
                }
                Thread.onSpinWait();
            }
        }

        void run(List<Runnable> tasks) throws InterruptedException {
            for (Runnable task : tasks) {
                threads.add(Thread.ofPlatform().daemon().unstarted(() -> {
                    started.add(Thread.currentThread());
                    try {
                        task.run();
                    } catch (RuntimeException e) {
                        errors.incrementAndGet();
                        throw e;
                    }
                }));
            }
            threads.forEach(Thread::start);
            for (Thread t : threads) {
                t.join();
            }
            assertEquals(0, errors.get(), "transfer() threw an exception");
        }
    }
}
