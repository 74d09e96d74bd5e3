package spindle.exercises.tickets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TicketOfficeHiddenTest {

    @Test
    void threeBuyersForTwoTicketsNeverOversell() {
        assertTimeoutPreemptively(Duration.ofSeconds(9), () -> {
            Gate gate = new Gate();
            TicketOffice office = new TicketOffice(2, gate::inHook);
            List<Boolean> results = gate.runBuyers(office, 3);
            assertEquals(2, results.stream().filter(b -> b).count(), "two tickets, three buyers: " + results);
            assertEquals(0, office.left(), "left must never go below zero");
            assertEquals(2, office.sold(), "sold");
        });
    }

    @Test
    void hookRunsOncePerSaleAndNeverWhenSoldOut() {
        AtomicInteger calls = new AtomicInteger();
        TicketOffice office = new TicketOffice(2, calls::incrementAndGet);
        office.sell();
        office.sell();
        assertEquals(2, calls.get(), "hook calls after two sales");
        assertFalse(office.sell());
        assertFalse(office.sell());
        assertEquals(2, calls.get(), "the hook must not run when no ticket is left");
    }

    @Test
    void zeroTicketsSellsNothing() {
        TicketOffice office = new TicketOffice(0);
        assertFalse(office.sell());
        assertEquals(0, office.left());
        assertEquals(0, office.sold());
    }

    /** 200 virtual-thread buyers released together, 5 rounds: exact totals and at most one buyer inside at a time. */
    @Test
    void manyBuyersSellExactlyTheStockOneAtATime() {
        assertTimeoutPreemptively(Duration.ofSeconds(9), () -> {
            for (int round = 0; round < 5; round++) {
                AtomicInteger insideNow = new AtomicInteger();
                AtomicInteger maxInside = new AtomicInteger();
                TicketOffice office = new TicketOffice(300, () -> {
                    maxInside.accumulateAndGet(insideNow.incrementAndGet(), Math::max);
                    Thread.yield();
                    insideNow.decrementAndGet();
                });
                CountDownLatch go = new CountDownLatch(1);
                AtomicInteger sales = new AtomicInteger();
                List<Thread> buyers = new ArrayList<>();
                for (int i = 0; i < 200; i++) {
                    buyers.add(Thread.ofVirtual().start(() -> {
                        try {
                            go.await();
                        } catch (InterruptedException e) {
                            return;
                        }
                        for (int k = 0; k < 5; k++) {
                            if (office.sell()) {
                                sales.incrementAndGet();
                            }
                        }
                    }));
                }
                go.countDown();
                for (Thread t : buyers) {
                    t.join();
                }
                assertEquals(300, sales.get(), "successful sell() calls, round " + round);
                assertEquals(300, office.sold(), "sold(), round " + round);
                assertEquals(0, office.left(), "left(), round " + round);
                assertEquals(1, maxInside.get(), "buyers inside the critical section at once, round " + round);
            }
        });
    }

    static final class Gate {
        private final Set<Thread> inside = ConcurrentHashMap.newKeySet();
        private final Set<Thread> started = ConcurrentHashMap.newKeySet();
        private final List<Thread> buyers = new ArrayList<>();

        void inHook() {
            Thread me = Thread.currentThread();
            inside.add(me);
            long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
            while (System.nanoTime() < deadline) {
                boolean othersSettled = true;
                for (Thread other : buyers) {
                    if (other == me || inside.contains(other)) {
                        continue;
                    }
                    Thread.State s = other.getState();
                    if (!(started.contains(other)
                            && (s == Thread.State.BLOCKED || s == Thread.State.WAITING || s == Thread.State.TERMINATED))) {
                        othersSettled = false;
                    }
                }
                if (othersSettled) {
                    return;
                }
                Thread.onSpinWait();
            }
        }

        List<Boolean> runBuyers(TicketOffice office, int n) throws InterruptedException {
            AtomicInteger errors = new AtomicInteger();
            Boolean[] slots = new Boolean[n];
            for (int i = 0; i < n; i++) {
                int slot = i;
                buyers.add(Thread.ofPlatform().daemon().name("buyer-" + i).unstarted(() -> {
                    started.add(Thread.currentThread());
                    try {
                        slots[slot] = office.sell();
                    } catch (RuntimeException e) {
                        errors.incrementAndGet();
                        throw e;
                    }
                }));
            }
            buyers.forEach(Thread::start);
            for (Thread t : buyers) {
                t.join();
            }
            assertEquals(0, errors.get(), "sell() threw an exception");
            return new ArrayList<>(List.of(slots));
        }
    }
}
