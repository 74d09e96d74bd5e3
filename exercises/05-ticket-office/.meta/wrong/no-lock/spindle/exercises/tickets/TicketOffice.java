package spindle.exercises.tickets;

/** Wrong: the note's original demo - check, then act, with nothing in between to stop another buyer. */
public final class TicketOffice {

    private final Runnable betweenCheckAndAct;
    private volatile int left;
    private volatile int sold;

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
        if (left > 0) {
            betweenCheckAndAct.run();
            left--;
            sold++;
            return true;
        }
        return false;
    }

    public int left() {
        return left;
    }

    public int sold() {
        return sold;
    }
}
