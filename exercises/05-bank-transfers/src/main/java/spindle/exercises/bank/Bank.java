package spindle.exercises.bank;

/**
 * A bank whose transfers lock the two accounts they touch — and never deadlock (死锁).
 *
 * <p>Each account has its own lock, so transfers between unrelated accounts run in parallel. A transfer holds two
 * locks at once, which is where the four deadlock conditions meet: mutual exclusion, hold-and-wait, no preemption
 * and — if two transfers lock the same accounts in opposite orders — circular wait. Break the circle.
 *
 * <p>The hook {@code whileHoldingFirstLock} lets the tests pause a transfer at the dangerous moment. Call it
 * <b>exactly once per transfer</b> (also for transfers that turn out to lack funds), while you hold the first of the two
 * account locks and before you take the second one.
 */
public final class Bank {

    /** A bank with the given opening balances and no hook. */
    public Bank(long[] openingBalances) {
        this(openingBalances, () -> { });
    }

    /**
     * @param openingBalances       one entry per account (account ids are the indexes); none may be negative
     * @param whileHoldingFirstLock run once per transfer while holding the first account lock only
     */
    public Bank(long[] openingBalances, Runnable whileHoldingFirstLock) {
        throw new UnsupportedOperationException(
                "Implement Bank(long[], Runnable): copy the balances and create one lock per account");
    }

    /**
     * Moves {@code amount} from account {@code from} to account {@code to}.
     *
     * @return {@code true} if the money moved, {@code false} if {@code from} has less than {@code amount}
     * @throws IllegalArgumentException if {@code amount <= 0}, {@code from == to}, or an id is out of range
     */
    public boolean transfer(int from, int to, long amount) {
        throw new UnsupportedOperationException(
                "Implement Bank.transfer(from, to, amount): lock both accounts in one global order, call the hook "
                        + "after the first lock, move the money if the balance allows it");
    }

    /** @return the current balance of {@code account} */
    public long balance(int account) {
        throw new UnsupportedOperationException("Implement Bank.balance(account)");
    }

    /** @return the number of accounts */
    public int accounts() {
        throw new UnsupportedOperationException("Implement Bank.accounts()");
    }
}
