package spindle.exercises.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BankTest {

    @Test
    void movesMoneyBetweenAccounts() {
        Bank bank = new Bank(new long[] {100, 50});
        assertTrue(bank.transfer(0, 1, 30));
        assertEquals(70, bank.balance(0));
        assertEquals(80, bank.balance(1));
        assertEquals(2, bank.accounts());
    }

    @Test
    void refusesOverdraftAndBadArguments() {
        Bank bank = new Bank(new long[] {10, 10});
        assertFalse(bank.transfer(0, 1, 11), "an overdraft must be refused");
        assertEquals(10, bank.balance(0));
        assertThrows(IllegalArgumentException.class, () -> bank.transfer(0, 0, 1), "from == to");
        assertThrows(IllegalArgumentException.class, () -> bank.transfer(0, 1, 0), "amount 0");
        assertThrows(IllegalArgumentException.class, () -> bank.transfer(0, 2, 1), "no account 2");
    }

    /** A: 0 -> 1 and B: 1 -> 0, each paused after its first lock until the other arrived or blocked. */
    @Test
    void oppositeTransfersDoNotDeadlock() {
        assertTimeoutPreemptively(Duration.ofSeconds(6), () -> {
            Gate gate = new Gate();
            Bank bank = new Bank(new long[] {100, 100}, gate::inHook);
            gate.run(List.of(() -> bank.transfer(0, 1, 10), () -> bank.transfer(1, 0, 20)));
            assertEquals(110, bank.balance(0));
            assertEquals(90, bank.balance(1));
        }, "two opposite transfers deadlocked: lock the accounts in one global order");
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
