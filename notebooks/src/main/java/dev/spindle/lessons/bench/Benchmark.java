package dev.spindle.lessons.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * A small timing harness for lesson cells: untimed warm-up runs (so the JIT compiles the code first), then timed
 * runs summarised as median and p10/p90. Not JMH: no forking, no dead-code analysis beyond consuming results.
 * On the course's 2-core machines a figure differing by less than the spread is not a difference.
 */
public final class Benchmark {

    private static volatile int sink;

    private final String name;
    private final int warmups;
    private final int iterations;
    private final LongSupplier nanoClock;

    private Benchmark(String name, int warmups, int iterations, LongSupplier nanoClock) {
        if (warmups < 0 || iterations < 1) throw new IllegalArgumentException("need warmups >= 0, iterations >= 1");
        this.name = name;
        this.warmups = warmups;
        this.iterations = iterations;
        this.nanoClock = nanoClock;
    }

    /** 5 warm-ups and 20 measured runs on {@link System#nanoTime()}. */
    public static Benchmark named(String name) {
        return new Benchmark(name, 5, 20, System::nanoTime);
    }

    public Benchmark warmups(int count) {
        return new Benchmark(name, count, iterations, nanoClock);
    }

    public Benchmark iterations(int count) {
        return new Benchmark(name, warmups, count, nanoClock);
    }

    /** A different clock, e.g. a scripted one in tests. */
    public Benchmark clock(LongSupplier nanos) {
        return new Benchmark(name, warmups, iterations, nanos);
    }

    public BenchResult run(Runnable body) {
        return measure(() -> {
            body.run();
            return null;
        });
    }

    /** Times {@code body}; its results are consumed so the JIT cannot drop the work. */
    public BenchResult measure(Supplier<?> body) {
        for (int i = 0; i < warmups; i++) consume(body.get());
        List<Long> samples = new ArrayList<>(iterations);
        for (int i = 0; i < iterations; i++) {
            long start = nanoClock.getAsLong();
            Object result = body.get();
            long end = nanoClock.getAsLong();
            consume(result);
            samples.add(end - start);
        }
        return new BenchResult(name, warmups, samples, Stats.of(samples));
    }

    private static void consume(Object result) {
        sink += System.identityHashCode(result);
    }
}
