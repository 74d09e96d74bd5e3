package spindle.exercises.tickets;

/** Wrong: the decrement is locked, but the check happens before the lock is taken. */
public final class TicketOffice {

    private final Object lock = new Object();
    private final Runnable betweenCheckAndAct;
    private int left;
    private int sold;

    public TicketOffice(int tickets) {
        this(tickets, () -> { });
    }

    public TicketOffice(int tickets, Runnable betweenCheckAndAct) {
        if (tickets < 0) {
            throw new IllegalArgumentException("tickets must not be negative: " + tickets);
        }
        this.left = tickets;
        this.betweenCheckAndAct = betweenCheckAndAct;
    }

    public boolean sell() {
        int seen;
        synchronized (lock) {
            seen = left;
        }
        if (seen == 0) {
            return false;
        }
        betweenCheckAndAct.run();
        synchronized (lock) {
            left--;
            sold++;
        }
        return true;
    }

    public int left() {
        synchronized (lock) {
            return left;
        }
    }

    public int sold() {
        synchronized (lock) {
            return sold;
        }
    }
}
