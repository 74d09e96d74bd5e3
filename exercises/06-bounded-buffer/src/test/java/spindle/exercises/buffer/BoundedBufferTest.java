package spindle.exercises.buffer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BoundedBufferTest {

    @Test
    void oneProducerGetsFirstInFirstOut() throws InterruptedException {
        BoundedBuffer<Integer> buffer = new BoundedBuffer<>(5);
        for (int i = 1; i <= 5; i++) {
            buffer.put(i);
        }
        assertEquals(5, buffer.size());
        for (int i = 1; i <= 5; i++) {
            assertEquals(i, buffer.take());
        }
        assertEquals(0, buffer.size());
    }

    @Test
    void rejectsBadCapacityAndNullItems() {
        assertThrows(IllegalArgumentException.class, () -> new BoundedBuffer<String>(0));
        BoundedBuffer<String> buffer = new BoundedBuffer<>(1);
        assertThrows(NullPointerException.class, () -> buffer.put(null));
    }

    @Test
    void putWaitsWhileFullAndTakeWakesIt() {
        assertTimeoutPreemptively(Duration.ofSeconds(8), () -> {
            BoundedBuffer<String> buffer = new BoundedBuffer<>(2);
            buffer.put("a");
            buffer.put("b");
            Call<Object> producer = new Call<>(() -> {
                buffer.put("c");
                return "put returned";
            });
            assertEquals(Thread.State.WAITING, waitingOrDone(producer.thread),
                    "put() on a full buffer must wait (park), not return or spin; outcome: " + producer.outcome);
            assertEquals(2, buffer.size(), "a full buffer must not grow");
            assertEquals("a", buffer.take());
            producer.thread.join(3000);
            assertFalse(producer.thread.isAlive(), "take() must wake the producer waiting on a full buffer");
            assertEquals("put returned", producer.outcome);
            assertEquals("b", buffer.take());
            assertEquals("c", buffer.take());
        });
    }

    @Test
    void takeWaitsWhileEmptyAndPutWakesIt() {
        assertTimeoutPreemptively(Duration.ofSeconds(8), () -> {
            BoundedBuffer<String> buffer = new BoundedBuffer<>(2);
            Call<String> consumer = new Call<>(buffer::take);
            assertEquals(Thread.State.WAITING, waitingOrDone(consumer.thread),
                    "take() on an empty buffer must wait (park); outcome: " + consumer.outcome);
            buffer.put("x");
            consumer.thread.join(3000);
            assertFalse(consumer.thread.isAlive(), "put() must wake the waiting consumer");
            assertEquals("x", consumer.outcome);
        });
    }

    /** Polls until {@code t} is WAITING or has ended; returns the state seen. Never sleeps a fixed time. */
    static Thread.State waitingOrDone(Thread t) {
        long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        while (System.nanoTime() < deadline) {
            Thread.State s = t.getState();
            if (s == Thread.State.WAITING || s == Thread.State.TERMINATED) {
                return s;
            }
            Thread.onSpinWait();
        }
        return t.getState();
    }

    /** Runs {@code body} on a daemon platform thread, keeping what it returned or threw. */
    static final class Call<V> {
        final Thread thread;
        volatile Object outcome = "<still running>";

        Call(java.util.concurrent.Callable<V> body) {
            thread = Thread.ofPlatform().daemon().start(() -> {
                try {
                    outcome = body.call();
                } catch (Throwable e) {
                    outcome = e;
                }
            });
        }
    }
}
