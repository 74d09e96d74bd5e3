package dev.spindle.lessons.gil;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs the same CPU-bound work on several platform threads under a {@link RealGil} and reports wall time and
 * CPU time. Timings are for looking at, not for asserting: on a 2-core machine they swing by tens of percent.
 */
public final class GilContrast {

    /** One run: how long it took and how much CPU the workers burned. */
    public record Result(String rule, int threads, long bytecodesPerThread, long wallNanos, long cpuNanos,
                         GilStats stats) {

        /** CPU time divided by wall time: about 1 under a GIL, up to the core count without one. */
        public double parallelism() {
            return wallNanos == 0 ? 0 : (double) cpuNanos / wallNanos;
        }
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private GilContrast() {}

    public static Result run(RealGil gil, int threads, long bytecodesPerThread) {
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch go = new CountDownLatch(1);
        AtomicLong cpuNanos = new AtomicLong();
        AtomicLong sink = new AtomicLong();
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            workers.add(Thread.ofPlatform().daemon().name("gil-worker-" + i).start(() -> {
                ready.countDown();
                awaitUninterruptibly(go);
                long cpuStart = THREADS.getCurrentThreadCpuTime();
                long[] acc = {0};
                gil.runBytecodes(bytecodesPerThread, n -> acc[0] = acc[0] * 31 + n);
                sink.addAndGet(acc[0]);
                cpuNanos.addAndGet(THREADS.getCurrentThreadCpuTime() - cpuStart);
            }));
        }
        awaitUninterruptibly(ready);
        long start = System.nanoTime();
        go.countDown();
        workers.forEach(GilContrast::joinUninterruptibly);
        long wall = System.nanoTime() - start;
        return new Result(gil.rule().toString(), threads, bytecodesPerThread, wall, cpuNanos.get(), gil.stats());
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        boolean interrupted = false;
        while (true) {
            try {
                latch.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }

    private static void joinUninterruptibly(Thread t) {
        boolean interrupted = false;
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }
}
