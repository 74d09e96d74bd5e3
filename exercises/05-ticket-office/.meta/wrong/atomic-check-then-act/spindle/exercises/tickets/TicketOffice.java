package spindle.exercises.tickets;

import java.util.concurrent.atomic.AtomicInteger;

/** Wrong: every single operation is atomic, but get() followed by decrementAndGet() is not. */
public final class TicketOffice {

    private final Runnable betweenCheckAndAct;
    private final AtomicInteger left;
    private final AtomicInteger sold = new AtomicInteger();

    public TicketOffice(int tickets) {
        this(tickets, () -> { });
    }

    public TicketOffice(int tickets, Runnable betweenCheckAndAct) {
        if (tickets < 0) {
            throw new IllegalArgumentException("tickets must not be negative: " + tickets);
        }
        this.left = new AtomicInteger(tickets);
        this.betweenCheckAndAct = betweenCheckAndAct;
    }

    public boolean sell() {
        if (left.get() > 0) {
            betweenCheckAndAct.run();
            left.decrementAndGet();
            sold.incrementAndGet();
            return true;
        }
        return false;
    }

    public int left() {
        return left.get();
    }

    public int sold() {
        return sold.get();
    }
}
