package dev.spindle.grader.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spindle.grader.Fixtures;
import dev.spindle.grader.exercise.ExerciseFolder;
import dev.spindle.grader.report.GradeReport;
import dev.spindle.grader.report.GradedTest;
import dev.spindle.grader.verdict.CrashCause;
import dev.spindle.grader.verdict.Verdict;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Each hostile Counter breaks only increment(); add() and get() work. So CounterTest#incrementsOnce must get
 * the hostile verdict and no points, the grader must finish within the wall-clock limit, and nothing the
 * submission started may survive.
 */
class HostileSubmissionsIT {

    private final ExerciseFolder counter = Fixtures.counter();
    private final Duration wall = Duration.ofSeconds(counter.spec().limits().wallSeconds());

    private GradedTest incrementsOnce(String hostile) {
        GradeReport report = SubmissionRunner.grade(counter, Fixtures.hostile(hostile), false);
        assertThat(report.elapsed()).isLessThan(wall);
        assertThat(report.score()).isLessThan(report.maxScore());
        GradedTest test = report.test("CounterTest#incrementsOnce");
        assertThat(test.points()).isZero();
        return test;
    }

    @AfterEach
    void leavesNoProcessBehind() {
        assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).toList()).isEmpty();
    }

    @Test
    void infiniteLoopTimesOutAndShowsWhereItSpins() {
        GradedTest test = incrementsOnce("infinite-loop");
        assertThat(test.verdict()).isInstanceOf(Verdict.TimedOut.class);
        assertThat(test.verdict().explanation()).contains("timed out after 3 seconds").contains("Counter.increment(Counter.java:");
    }

    @Test
    void platformThreadDeadlockNamesTheCycle() {
        GradedTest test = incrementsOnce("deadlock-platform");
        assertThat(test.verdict()).isInstanceOf(Verdict.Deadlocked.class);
        assertThat(test.verdict().explanation()).contains("Deadlock: 2 threads")
                .contains("\"left-then-right\" (thread #").contains("\"right-then-left\" (thread #")
                .contains("holds Object@").contains("waits for Object@");
    }

    @Test
    void virtualThreadDeadlockOnReentrantLocksNamesTheCycle() {
        GradedTest test = incrementsOnce("deadlock-virtual");
        assertThat(test.verdict()).isInstanceOf(Verdict.Deadlocked.class);
        assertThat(test.verdict().explanation()).contains("(virtual thread #").contains("waits for ReentrantLock@")
                .contains("first-then-second").contains("second-then-first");
    }

    @Test
    void virtualThreadDeadlockOnMonitorsNamesTheCycle() {
        GradedTest test = incrementsOnce("deadlock-virtual-monitors");
        assertThat(test.verdict()).isInstanceOf(Verdict.Deadlocked.class);
        assertThat(test.verdict().explanation()).contains("(virtual thread #").contains("holds Object@");
    }

    @Test
    void systemExitCrashesTheTestAndNamesTheCaller() {
        GradedTest test = incrementsOnce("system-exit");
        assertThat(test.verdict()).isEqualTo(new Verdict.Crashed(CrashCause.SYSTEM_EXIT, test.verdict().explanation()));
        assertThat(test.verdict().explanation()).contains("System.exit(0) was called at Counter.increment(Counter.java:25)");
    }

    @Test
    void heapBombCrashesWithOutOfMemory() {
        GradedTest test = incrementsOnce("heap-bomb");
        assertThat(test.verdict()).isInstanceOfSatisfying(Verdict.Crashed.class,
                c -> assertThat(c.cause()).isEqualTo(CrashCause.OUT_OF_MEMORY));
        assertThat(test.verdict().explanation()).contains("heap limit is 64 MB");
    }

    @Test
    void tenThousandThreadsHitTheThreadLimit() {
        GradedTest test = incrementsOnce("thread-bomb");
        assertThat(test.verdict()).isInstanceOfSatisfying(Verdict.Crashed.class,
                c -> assertThat(c.cause()).isEqualTo(CrashCause.THREAD_LIMIT));
        assertThat(test.verdict().explanation()).contains("more than the limit of 64").contains("Counter.lambda$increment$");
    }

    @Test
    void aThreadBombThatRanOutOfThreadsBeforeTheWatchdogSawItHitsTheThreadLimit() {
        // JUnit rethrows the OutOfMemoryError past every listener, so the test's end is never reported
        GradedTest test = incrementsOnce("thread-bomb-out-of-threads");
        assertThat(test.verdict()).isInstanceOfSatisfying(Verdict.Crashed.class,
                c -> assertThat(c.cause()).isEqualTo(CrashCause.THREAD_LIMIT));
        assertThat(test.verdict().explanation()).contains("more than the limit of 64");
    }

    @Test
    void endlessPrintingIsCappedAndTimesOut() {
        GradedTest test = incrementsOnce("print-forever");
        assertThat(test.verdict()).isInstanceOf(Verdict.TimedOut.class);
        assertThat(test.output()).contains("still counting").contains("[output truncated:");
        assertThat(test.output().length()).isLessThan(ChildLauncher.OUTPUT_CAP_BYTES + 2048);
    }

    @Test
    void codeThatDoesNotCompileScoresZeroWithTheCompilerMessage() {
        GradeReport report = SubmissionRunner.grade(counter, Fixtures.hostile("does-not-compile"), true);
        assertThat(report.score()).isZero();
        assertThat(report.tests()).hasSize(6).allMatch(t -> t.verdict() instanceof Verdict.DidNotCompile);
        assertThat(report.problem()).contains("does-not-compile/Counter.java:25: ';' expected");
    }

    @Test
    void processesStartedBySubmissionsAreKilledWithTheJvm() {
        GradedTest test = incrementsOnce("spawns-process");
        assertThat(test.verdict()).isInstanceOf(Verdict.TimedOut.class);
        assertThat(ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().orElse("").equals("sleep 300")).toList()).isEmpty();
    }

    @Test
    void wallClockLimitStopsARunThatOutlivesItsTestTimeouts() throws Exception {
        var limits = new dev.spindle.grader.exercise.Limits(30, 4, 64, 64);
        var spec = counter.spec();
        var tight = new ExerciseFolder(counter.root(), new dev.spindle.grader.exercise.ExerciseSpec(spec.id(), spec.title(),
                spec.lesson(), spec.packageName(), spec.submission(), limits, spec.points(), spec.wrong(),
                spec.hiddenVisibility()));
        long start = System.nanoTime();
        GradeReport report = SubmissionRunner.grade(tight, Fixtures.hostile("infinite-loop"), false);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(12));
        assertThat(report.test("CounterTest#incrementsOnce").verdict()).isInstanceOfSatisfying(Verdict.Crashed.class,
                c -> assertThat(c.cause()).isEqualTo(CrashCause.WALL_CLOCK_LIMIT));
    }
}
