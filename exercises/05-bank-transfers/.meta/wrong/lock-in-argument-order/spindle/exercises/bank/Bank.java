package spindle.exercises.bank;

import java.util.concurrent.locks.ReentrantLock;

/** Wrong: locks "from" then "to" - two opposite transfers wait for each other forever. */
public final class Bank {

    private final long[] balances;
    private final ReentrantLock[] locks;
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
        this.locks = new ReentrantLock[balances.length];
        for (int i = 0; i < locks.length; i++) {
            locks[i] = new ReentrantLock();
        }
        this.whileHoldingFirstLock = whileHoldingFirstLock;
    }

    public boolean transfer(int from, int to, long amount) {
        check(from);
        check(to);
        if (from == to || amount <= 0) {
            throw new IllegalArgumentException("bad transfer " + from + "->" + to + " of " + amount);
        }
        ReentrantLock first = locks[from];
        ReentrantLock second = locks[to];
        first.lock();
        try {
            whileHoldingFirstLock.run();
            second.lock();
            try {
                if (balances[from] < amount) {
                    return false;
                }
                balances[from] -= amount;
                balances[to] += amount;
                return true;
            } finally {
                second.unlock();
            }
        } finally {
            first.unlock();
        }
    }

    public long balance(int account) {
        check(account);
        locks[account].lock();
        try {
            return balances[account];
        } finally {
            locks[account].unlock();
        }
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
