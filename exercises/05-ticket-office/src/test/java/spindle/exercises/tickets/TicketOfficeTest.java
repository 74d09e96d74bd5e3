package spindle.exercises.tickets;

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

class TicketOfficeTest {

    @Test
    void sellsEveryTicketOnceThenReportsSoldOut() {
        TicketOffice office = new TicketOffice(3);
        assertTrue(office.sell());
        assertTrue(office.sell());
        assertTrue(office.sell());
        assertFalse(office.sell(), "a sold-out office must refuse to sell");
        assertEquals(0, office.left());
        assertEquals(3, office.sold());
    }

    @Test
    void rejectsNegativeTicketCount() {
        assertThrows(IllegalArgumentException.class, () -> new TicketOffice(-1));
    }

    /**
     * Buyer A stops inside the hook (it has seen "1 left") and waits until buyer B has either reached the hook too
     * (then the office is unsafe) or is blocked on the office's lock (then it is safe). Nothing here depends on timing.
     */
    @Test
    void secondBuyerWaitsWhileFirstIsBetweenCheckAndAct() {
        assertTimeoutPreemptively(Duration.ofSeconds(8), () -> {
            Gate gate = new Gate();
            TicketOffice office = new TicketOffice(1, gate::inHook);
            List<Boolean> results = gate.runBuyers(office, 2);
            assertEquals(1, results.stream().filter(b -> b).count(),
                    "exactly one of two buyers may get the last ticket, got " + results);
            assertEquals(0, office.left(), "left");
            assertEquals(1, office.sold(), "sold");
        });
    }

    /** Test support: runs buyers and holds each one inside the hook until every other buyer arrived or blocked. */
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
                    boolean blocked = started.contains(other)
                            && (s == Thread.State.BLOCKED || s == Thread.State.WAITING || s == Thread.State.TERMINATED);
                    if (!blocked) {
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
            List<Boolean> results = new ArrayList<>();
            AtomicInteger errors = new AtomicInteger();
            Boolean[] slots = new Boolean[n];
            for (int i = 0; i < n; i++) {
                int slot = i;
                Thread t = Thread.ofPlatform().daemon().name("buyer-" + i).unstarted(() -> {
                    started.add(Thread.currentThread());
                    try {
                        slots[slot] = office.sell();
                    } catch (RuntimeException e) {
                        errors.incrementAndGet();
                        throw e;
                    }
                });
                buyers.add(t);
            }
            buyers.forEach(Thread::start);
            for (Thread t : buyers) {
                t.join();
            }
            assertEquals(0, errors.get(), "sell() threw an exception");
            for (Boolean b : slots) {
                results.add(b);
            }
            return results;
        }
    }
}
