package spindle.exercises.tickets;

/**
 * A box office that sells a fixed number of tickets to many buyers at once.
 *
 * <p>This is the note's 互斥锁 example ({@code d['ticket'] -= 1} from many threads) done properly:
 * "is a ticket left?" and "take it" must happen as one indivisible step.
 *
 * <p>The {@code betweenCheckAndAct} hook lets the tests stop a buyer exactly between the check and the act.
 * Your code must call it <b>exactly once per successful sale</b>, after it has seen that a ticket is left and
 * before it takes the ticket, and must not call it when no ticket is left.
 */
public final class TicketOffice {

    private final Runnable betweenCheckAndAct;

    /** An office with {@code tickets} tickets and no hook. */
    public TicketOffice(int tickets) {
        this(tickets, () -> { });
    }

    /**
     * An office with {@code tickets} tickets.
     *
     * @param tickets            how many tickets can be sold; must not be negative
     * @param betweenCheckAndAct run after "a ticket is left" was seen and before the ticket is taken
     * @throws IllegalArgumentException if {@code tickets} is negative
     */
    public TicketOffice(int tickets, Runnable betweenCheckAndAct) {
        this.betweenCheckAndAct = betweenCheckAndAct;
        throw new UnsupportedOperationException(
                "Implement TicketOffice(int, Runnable): store the ticket count (reject negatives) and the hook");
    }

    /**
     * Sells one ticket if one is left.
     *
     * @return {@code true} if this call sold a ticket, {@code false} if the office was sold out
     */
    public boolean sell() {
        throw new UnsupportedOperationException(
                "Implement TicketOffice.sell(): check that a ticket is left, call the hook, take the ticket - all atomically");
    }

    /** @return tickets still for sale (never negative) */
    public int left() {
        throw new UnsupportedOperationException("Implement TicketOffice.left(): return the tickets still for sale");
    }

    /** @return tickets sold so far */
    public int sold() {
        throw new UnsupportedOperationException("Implement TicketOffice.sold(): return the tickets sold so far");
    }
}
