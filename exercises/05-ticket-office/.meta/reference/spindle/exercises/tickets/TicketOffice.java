package spindle.exercises.tickets;

import java.util.concurrent.locks.ReentrantLock;

/** Reference: one lock guards both the check and the act. */
public final class TicketOffice {

    private final ReentrantLock lock = new ReentrantLock();
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
        lock.lock();
        try {
            if (left == 0) {
                return false;
            }
            betweenCheckAndAct.run();
            left--;
            sold++;
            return true;
        } finally {
            lock.unlock();
        }
    }

    public int left() {
        lock.lock();
        try {
            return left;
        } finally {
            lock.unlock();
        }
    }

    public int sold() {
        lock.lock();
        try {
            return sold;
        } finally {
            lock.unlock();
        }
    }
}
