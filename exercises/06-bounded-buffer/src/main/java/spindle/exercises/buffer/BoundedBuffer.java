package spindle.exercises.buffer;

import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A fixed-size FIFO buffer between producers and consumers (生产者消费者模型), built from one lock and two
 * conditions ("not full" and "not empty").
 *
 * <p>Build both conditions with {@code lock.newCondition()} on the lock you are given: the tests pass a lock whose
 * conditions sometimes wake up for no reason, exactly as the {@link java.util.concurrent.locks.Condition} contract
 * allows ("spurious wakeup").
 *
 * @param <T> item type; {@code null} items are not allowed
 */
public final class BoundedBuffer<T> {

    /** A buffer with its own {@link ReentrantLock}. */
    public BoundedBuffer(int capacity) {
        this(capacity, new ReentrantLock());
    }

    /**
     * @param capacity the most items the buffer holds at once; must be at least 1
     * @param lock     the lock that guards the buffer; make your two conditions from it
     * @throws IllegalArgumentException if {@code capacity < 1}
     */
    public BoundedBuffer(int capacity, Lock lock) {
        throw new UnsupportedOperationException(
                "Implement BoundedBuffer(int, Lock): check capacity, keep the lock, create notFull/notEmpty conditions");
    }

    /**
     * Adds {@code item} at the tail, waiting (without spinning) while the buffer is full.
     *
     * @throws NullPointerException if {@code item} is null
     * @throws InterruptedException if interrupted while waiting
     */
    public void put(T item) throws InterruptedException {
        throw new UnsupportedOperationException(
                "Implement BoundedBuffer.put(item): wait on notFull while full, add, signal notEmpty");
    }

    /**
     * Removes and returns the head item, waiting (without spinning) while the buffer is empty.
     *
     * @throws InterruptedException if interrupted while waiting
     */
    public T take() throws InterruptedException {
        throw new UnsupportedOperationException(
                "Implement BoundedBuffer.take(): wait on notEmpty while empty, remove the head, signal notFull");
    }

    /** @return items in the buffer now */
    public int size() {
        throw new UnsupportedOperationException("Implement BoundedBuffer.size()");
    }
}
