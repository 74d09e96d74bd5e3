package spindle.exercises.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class RequestContextHiddenTest {

    /** A is inside runAs("alice") and waits while B, which bound nothing, looks. */
    @Test
    void anotherThreadDoesNotSeeTheBinding() {
        assertTimeoutPreemptively(Duration.ofSeconds(8), () -> {
            CountDownLatch aInside = new CountDownLatch(1);
            CountDownLatch bLooked = new CountDownLatch(1);
            AtomicReference<String> aSaw = new AtomicReference<>();
            Thread a = Thread.ofPlatform().daemon().start(() -> RequestContext.runAs("alice", () -> {
                aInside.countDown();
                try {
                    bLooked.await();
                } catch (InterruptedException e) {
                    return;
                }
                aSaw.set(RequestContext.current());
            }));
            aInside.await();
            AtomicReference<Boolean> bSawBound = new AtomicReference<>();
            Thread b = Thread.ofPlatform().daemon().start(() -> {
                bSawBound.set(RequestContext.isBound());
                RequestContext.runAs("bob", () -> { });
            });
            b.join();
            bLooked.countDown();
            a.join();
            assertEquals(false, bSawBound.get(), "thread B saw thread A's user");
            assertEquals("alice", aSaw.get(), "thread B's runAs(\"bob\") changed thread A's user");
        });
    }

    @Test
    void threadStartedInsideRunAsDoesNotInherit() {
        assertTimeoutPreemptively(Duration.ofSeconds(8), () -> {
            AtomicReference<Boolean> childBound = new AtomicReference<>();
            RequestContext.runAs("alice", () -> {
                Thread child = Thread.ofPlatform().start(() -> childBound.set(RequestContext.isBound()));
                try {
                    child.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            assertEquals(false, childBound.get(), "a plain new thread must not inherit the binding");
        });
    }

    /** A pooled thread runs a request that throws, then an anonymous request: no leftover user. */
    @Test
    void bindingIsGoneAfterTheBodyThrowsOnAPooledThread() {
        assertTimeoutPreemptively(Duration.ofSeconds(8), () -> {
            ExecutorService single = Executors.newSingleThreadExecutor(r -> Thread.ofPlatform().daemon().unstarted(r));
            try {
                single.submit(() -> assertThrows(IllegalStateException.class,
                        () -> RequestContext.runAs("alice", () -> {
                            throw new IllegalStateException("request failed");
                        }))).get(3, TimeUnit.SECONDS);
                boolean leaked = single.submit(RequestContext::isBound).get(3, TimeUnit.SECONDS);
                assertFalse(leaked, "the next task on the same pooled thread still sees the failed request's user");
            } finally {
                single.shutdownNow();
            }
        });
    }

    @Test
    void manyVirtualThreadsEachSeeTheirOwnUser() {
        assertTimeoutPreemptively(Duration.ofSeconds(8), () -> {
            AtomicInteger wrong = new AtomicInteger();
            AtomicInteger done = new AtomicInteger();
            CountDownLatch go = new CountDownLatch(1);
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                String me = "user-" + i;
                threads.add(Thread.ofVirtual().start(() -> {
                    try {
                        go.await();
                    } catch (InterruptedException e) {
                        return;
                    }
                    RequestContext.runAs(me, () -> {
                        for (int k = 0; k < 20; k++) {
                            Thread.yield();
                            if (!me.equals(RequestContext.current())) {
                                wrong.incrementAndGet();
                            }
                        }
                    });
                    done.incrementAndGet();
                }));
            }
            go.countDown();
            for (Thread t : threads) {
                t.join();
            }
            assertEquals(100, done.get(), "threads that completed runAs");
            assertEquals(0, wrong.get(), "reads of another thread's user");
        });
    }

    @Test
    void rejectsNullUser() {
        assertThrows(NullPointerException.class, () -> RequestContext.runAs(null, () -> { }));
    }
}
