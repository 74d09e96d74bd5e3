package spindle.exercises.bank;

/** Wrong: deadlock-free, but one lock for the whole bank serialises every transfer. */
public final class Bank {

    private final long[] balances;
    private final Runnable whileHoldingFirstLock;

    public Bank(long[] openingBalances) {
        this(openingBalances, () -> { });
    }

    public Bank(long[] openingBalances, Runnable whileHoldingFirstLock) {
        this.balances = openingBalances.clone();
        for (long b : balances) {
            if (b < 0) {
                throw new IllegalArgumentException("negative opening balance " + b);
            }
        }
        this.whileHoldingFirstLock = whileHoldingFirstLock;
    }

    public synchronized boolean transfer(int from, int to, long amount) {
        check(from);
        check(to);
        if (from == to || amount <= 0) {
            throw new IllegalArgumentException("bad transfer " + from + "->" + to + " of " + amount);
        }
        whileHoldingFirstLock.run();
        if (balances[from] < amount) {
            return false;
        }
        balances[from] -= amount;
        balances[to] += amount;
        return true;
    }

    public synchronized long balance(int account) {
        check(account);
        return balances[account];
    }

    public int accounts() {
        return balances.length;
    }

    private void check(int account) {
        if (account < 0 || account >= balances.length) {
            throw new IllegalArgumentException("no account " + account);
        }
    }
}
