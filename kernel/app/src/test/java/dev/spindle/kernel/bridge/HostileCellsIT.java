package dev.spindle.kernel.bridge;

import dev.spindle.kernel.spi.ExecuteOutcome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static dev.spindle.kernel.bridge.Engines.failure;
import static dev.spindle.kernel.bridge.Engines.plain;
import static dev.spindle.kernel.bridge.Engines.run;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cells that try to take the kernel down or refuse to stop. After each: the stop took less than 5 s, the
 * engine is idle, no old engine process is left, and the next cell works.
 */
@Timeout(value = 90, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class HostileCellsIT {

    private static final Duration STOP_LIMIT = Duration.ofSeconds(5);
    private static EngineInterpreter engine;
    private static final Set<Long> enginePids = new HashSet<>();

    @BeforeAll
    static void startEngine() {
        engine = Engines.start();
        engine.awaitEngine();
    }

    @AfterAll
    static void noEngineOutlivesTheInterpreter() {
        engine.close();
        RecordingCellOutput.await("every engine process to end", Duration.ofSeconds(10),
                () -> enginePids.stream().noneMatch(Engines::alive));
    }

    @AfterEach
    void engineIsIdleAndTheNextCellWorks() throws InterruptedException {
        assertThat(plain(run(engine, "1 + 1"))).isEqualTo("2");
        long pid = engine.enginePid().orElseThrow();
        enginePids.add(pid);
        assertThat(enginePids.stream().filter(Engines::alive)).containsExactly(pid);
        // A fresh engine (after a restart) JIT-compiles for a moment; a leftover spinning thread never lets go of
        // a core. So idle means some second within ten that used under 0.3 of a core.
        List<Double> seconds = new ArrayList<>();
        do {
            seconds.add(Engines.cpuLoad(pid));
        } while (seconds.getLast() >= 0.3 && seconds.size() < 10);
        assertThat(seconds.getLast()).as("engine CPU (cores per second) after the cell: " + seconds).isLessThan(0.3);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "long n = 0; while (true) { n++; }",
            "Thread.sleep(600_000);",
            "Object lock = new Object(); synchronized (lock) { lock.wait(); }",
            "new CountDownLatch(1).await();",
            "new LinkedBlockingQueue<String>().take();",
            "var lock = new ReentrantLock(); var c = lock.newCondition(); lock.lock(); c.await();",
            "Thread t = Thread.ofPlatform().start(() -> { while (true) { } }); t.join();",
            "while (true) { try { Thread.sleep(10); } catch (Throwable t) { } }",
            "try (var server = new java.net.ServerSocket(0)) { server.accept(); }",
            "try (var server = new java.net.ServerSocket(0); var client = new java.net.Socket(\"127.0.0.1\", server.getLocalPort());"
                    + " var peer = server.accept()) { client.getInputStream().read(); }",
            "var server = new java.net.ServerSocket(0);"
                    + " Thread t = Thread.ofPlatform().start(() -> { try { server.accept(); } catch (IOException e) { } }); t.join();",
    })
    void interruptStopsTheCellAndKeepsTheState(String cell) throws Exception {
        run(engine, "int survivor = 7;");
        long pid = engine.enginePid().orElseThrow();
        ExecuteOutcome outcome = interruptWhileRunning(cell);
        assertThat(failure(outcome).ename()).isEqualTo("Interrupted");
        assertThat(engine.enginePid().orElseThrow()).isEqualTo(pid);
        assertThat(plain(run(engine, "survivor"))).isEqualTo("7");
    }

    @Test
    void interruptStopsThreadsTheCellStarted() throws Exception {
        RecordingCellOutput output = new RecordingCellOutput();
        CompletableFuture<ExecuteOutcome> cell = CompletableFuture.supplyAsync(() -> run(engine, """
                var go = new CountDownLatch(1);
                Runnable spin = () -> {
                    try { go.await(); } catch (InterruptedException e) { return; }
                    long n = 0; while (true) { n++; }
                };
                for (int i = 0; i < 1000; i++) Thread.ofPlatform().daemon().start(spin);
                var pool = Executors.newFixedThreadPool(4);
                for (int i = 0; i < 4; i++) pool.submit(spin);
                for (int i = 0; i < 100; i++) Thread.ofVirtual().start(spin);
                go.countDown();
                System.out.println("spinning");
                while (true) { Thread.onSpinWait(); }
                """, output));
        output.awaitStdout("spinning", Duration.ofSeconds(60));
        long pid = engine.enginePid().orElseThrow();
        long start = System.nanoTime();
        engine.interrupt();
        assertThat(failure(cell.get(STOP_LIMIT.toMillis(), TimeUnit.MILLISECONDS)).ename()).isEqualTo("Interrupted");
        RecordingCellOutput.await("engine to calm down", STOP_LIMIT, () -> recentLoad(pid) < 0.3);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(STOP_LIMIT);
        assertThat(engine.enginePid().orElseThrow()).isEqualTo(pid);
    }

    @Test
    void synchronizedDeadlockRestartsTheEngine() throws Exception {
        assertEngineRestartedAfterInterrupt("""
                Object a = new Object(), b = new Object();
                var bothHoldOne = new CyclicBarrier(2);
                Thread t1 = new Thread(() -> { synchronized (a) { await(bothHoldOne); synchronized (b) { } } });
                Thread t2 = new Thread(() -> { synchronized (b) { await(bothHoldOne); synchronized (a) { } } });
                t1.start(); t2.start();
                while (t1.getState() != Thread.State.BLOCKED || t2.getState() != Thread.State.BLOCKED) Thread.onSpinWait();
                System.out.println("deadlocked");
                t1.join();
                """);
    }

    @Test
    void reentrantLockDeadlockOnVirtualThreadsRestartsTheEngine() throws Exception {
        assertEngineRestartedAfterInterrupt("""
                var a = new ReentrantLock(); var b = new ReentrantLock();
                var bothHoldOne = new CyclicBarrier(2);
                Thread t1 = Thread.ofVirtual().start(() -> { a.lock(); await(bothHoldOne); b.lock(); });
                Thread t2 = Thread.ofVirtual().start(() -> { b.lock(); await(bothHoldOne); a.lock(); });
                while (!a.hasQueuedThreads() || !b.hasQueuedThreads()) Thread.onSpinWait();
                System.out.println("deadlocked");
                t1.join();
                """);
    }

    @Test
    void systemExitEndsOnlyTheEngine() {
        long pid = engine.enginePid().orElseThrow();
        ExecuteOutcome.Failure failure = failure(run(engine, "System.out.println(\"bye\"); System.exit(0);"));
        assertThat(failure.evalue()).contains("exit status 0").contains("was lost");
        RecordingCellOutput.await("old engine gone", STOP_LIMIT, () -> !Engines.alive(pid));
    }

    @Test
    void runtimeHaltEndsOnlyTheEngine() {
        ExecuteOutcome.Failure failure = failure(run(engine, "Runtime.getRuntime().halt(1);"));
        assertThat(failure.evalue()).contains("exit status 1");
    }

    @Test
    void heapBombIsReportedAsOutOfMemory() {
        ExecuteOutcome.Failure failure = failure(run(engine,
                "var hoard = new ArrayList<long[]>(); while (true) hoard.add(new long[1 << 20]);"));
        assertThat(failure.ename()).isEqualTo("OutOfMemoryError");
        assertThat(failure.evalue()).contains("out of memory");
    }

    @Test
    void infiniteRecursionIsAnOrdinaryError() {
        assertThat(failure(run(engine, "void again() { again(); }\nagain();")).ename())
                .isEqualTo("java.lang.StackOverflowError");
    }

    @Test
    void printingForeverIsThrottledAndStops() throws Exception {
        RecordingCellOutput output = new RecordingCellOutput();
        CompletableFuture<ExecuteOutcome> cell = CompletableFuture.supplyAsync(() -> run(engine,
                "System.out.println(\"started\"); for (long i = 0; ; i++) System.out.println(\"line \" + i);", output));
        output.awaitStdout("lines of output were dropped", Duration.ofSeconds(20));
        long start = System.nanoTime();
        engine.interrupt();
        ExecuteOutcome outcome = cell.get(STOP_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(STOP_LIMIT);
        assertThat(failure(outcome).ename()).isEqualTo("Interrupted");
    }

    @Test
    void aMillionLinesKeepTheLastOnes() {
        RecordingCellOutput output = new RecordingCellOutput();
        assertThat(plain(run(engine, "for (int i = 0; i < 1_000_000; i++) System.out.println(i);", output))).isNull();
        assertThat(output.stdout()).endsWith("999998\n999999\n").contains("lines of output were dropped");
        assertThat(output.stdout().length()).isLessThan(2_000_000);
    }

    private void assertEngineRestartedAfterInterrupt(String deadlock) throws Exception {
        run(engine, """
                void await(CyclicBarrier barrier) {
                    try { barrier.await(); } catch (Exception e) { throw new RuntimeException(e); }
                }
                """);
        long pid = engine.enginePid().orElseThrow();
        ExecuteOutcome.Failure failure = failure(interruptWhileRunning(deadlock, "deadlocked"));
        assertThat(failure.ename()).isEqualTo("Interrupted");
        assertThat(failure.evalue()).contains("restarted").contains("was lost");
        RecordingCellOutput.await("old engine gone", STOP_LIMIT, () -> !Engines.alive(pid));
    }

    /**
     * Starts the cell, waits until it runs, interrupts, and returns its outcome, failing after 5 s. The cell is
     * one block, so its marker and its blocking statement are one snippet: as separate snippets the interrupt
     * could come between the two, and the blocking statement would never run.
     */
    private static ExecuteOutcome interruptWhileRunning(String cell) throws Exception {
        return interruptWhileRunning("{\nSystem.out.println(\"started\");\n" + cell + "\n}", "started");
    }

    private static ExecuteOutcome interruptWhileRunning(String cell, String runningMarker) throws Exception {
        RecordingCellOutput output = new RecordingCellOutput();
        CompletableFuture<ExecuteOutcome> outcome = CompletableFuture.supplyAsync(() -> run(engine, cell, output));
        output.awaitStdout(runningMarker, Duration.ofSeconds(20));
        long start = System.nanoTime();
        engine.interrupt();
        ExecuteOutcome result = outcome.get(STOP_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(STOP_LIMIT);
        return result;
    }

    private static double recentLoad(long pid) {
        long before = Engines.cpuTicks(pid);
        long start = System.nanoTime();
        java.util.concurrent.locks.LockSupport.parkNanos(300_000_000L);
        return (Engines.cpuTicks(pid) - before) / 100.0 / ((System.nanoTime() - start) / 1e9);
    }
}
