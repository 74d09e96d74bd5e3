package dev.spindle.grader.child;

import dev.spindle.grader.exercise.TestKey;
import dev.spindle.grader.protocol.ChildEvent;
import dev.spindle.grader.protocol.ChildEvent.Outcome;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Streams each test's start and end to the parent. It classifies what happened (timeout, deadlock, out of
 * memory, assertion) but awards nothing: points are the parent's business.
 */
final class EventStreamingListener implements TestExecutionListener {

    private final EventSender channel;
    private final TestOutputCapture output;
    private final HangInspector hangs;
    private final String studentPackage;
    private final ListenerGuard guard;
    private final ThreadWatchdog watchdog;
    private final Set<String> reported = new HashSet<>();
    private final Map<String, Long> startedAt = new HashMap<>();
    private TestPlan plan;
    private boolean timeoutInThisExecution;

    EventStreamingListener(EventSender channel, TestOutputCapture output, HangInspector hangs, String studentPackage,
                           ListenerGuard guard, ThreadWatchdog watchdog) {
        this.channel = channel;
        this.guard = guard;
        this.watchdog = watchdog;
        this.output = output;
        this.hangs = hangs;
        this.studentPackage = studentPackage;
    }

    /** Refuses, and reports, a call that did not come from JUnit itself. */
    private boolean forged() {
        var untrusted = guard.untrustedCaller();
        untrusted.ifPresent(why -> channel.send(new ChildEvent.Tampering(why)));
        return untrusted.isPresent();
    }

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        if (forged()) {
            return;
        }
        this.plan = testPlan;
        reported.clear();
        timeoutInThisExecution = false;
        Set<String> keys = new LinkedHashSet<>();
        testPlan.getRoots().forEach(root -> testPlan.getDescendants(root).stream()
                .filter(TestIdentifier::isTest).forEach(t -> keys.add(keyOf(t))));
        channel.send(new ChildEvent.PlanReady(keys.stream().toList()));
    }

    @Override
    public void executionStarted(TestIdentifier test) {
        if (forged()) {
            return;
        }
        if (test.isTest()) {
            output.begin();
            startedAt.put(test.getUniqueId(), System.nanoTime());
            channel.send(new ChildEvent.TestStarted(keyOf(test), test.getDisplayName()));
        }
    }

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        if (forged()) {
            return;
        }
        String why = "skipped: " + (reason == null ? "disabled" : reason);
        if (test.isTest()) {
            finish(test, Outcome.SKIPPED, why, "");
        } else {
            plan.getDescendants(test).stream().filter(TestIdentifier::isTest)
                    .forEach(t -> finish(t, Outcome.SKIPPED, why, ""));
        }
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (forged()) {
            return;
        }
        if (test.isTest()) {
            watchdog.checkNow();
            String printed = output.end();
            Classified c = classify(result, test.getDisplayName());
            finish(test, c.outcome(), c.message(), printed);
        } else if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
            // A failing @BeforeAll or class constructor means the tests inside never started.
            Classified c = classify(result, test.getDisplayName());
            String message = "could not run because " + test.getDisplayName() + " failed: " + c.message();
            Outcome outcome = c.outcome() == Outcome.PASSED ? Outcome.FAILED : c.outcome();
            plan.getDescendants(test).stream().filter(TestIdentifier::isTest)
                    .filter(t -> !reported.contains(t.getUniqueId()))
                    .forEach(t -> finish(t, outcome, message, ""));
        }
    }

    /** Whether a test of the latest plan execution timed out or deadlocked (its threads may still run). */
    boolean sawTimeoutInThisExecution() {
        return timeoutInThisExecution;
    }

    private void finish(TestIdentifier test, Outcome outcome, String message, String printed) {
        if (reported.add(test.getUniqueId())) {
            timeoutInThisExecution |= outcome == Outcome.TIMED_OUT || outcome == Outcome.DEADLOCKED;
            Long started = startedAt.remove(test.getUniqueId());
            long elapsedMillis = started == null ? 0 : (System.nanoTime() - started) / 1_000_000;
            channel.send(new ChildEvent.TestFinished(keyOf(test), test.getDisplayName(), outcome, message, printed,
                    elapsedMillis));
        }
    }

    private Classified classify(TestExecutionResult result, String name) {
        Throwable failure = result.getThrowable().orElse(null);
        return switch (result.getStatus()) {
            case SUCCESSFUL -> new Classified(Outcome.PASSED, "");
            case ABORTED -> new Classified(Outcome.ABORTED, "aborted: " + Failures.describe(failure, studentPackage));
            case FAILED -> {
                if (isTimeout(failure)) {
                    HangReport hang = hangs.inspect();
                    String headline = failure.getMessage() == null ? name + " timed out" : failure.getMessage();
                    yield new Classified(hang.deadlock() ? Outcome.DEADLOCKED : Outcome.TIMED_OUT,
                            headline + "\n" + hang.description());
                }
                if (failure instanceof OutOfMemoryError) {
                    yield new Classified(Outcome.OUT_OF_MEMORY, String.valueOf(failure.getMessage()));
                }
                yield new Classified(Outcome.FAILED, Failures.describe(failure, studentPackage));
            }
        };
    }

    /** JUnit's own timeouts: the configured default (a TimeoutException) or assertTimeoutPreemptively. */
    private static boolean isTimeout(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof TimeoutException || t.getClass().getName().endsWith("ExecutionTimeoutException")) {
                return true;
            }
        }
        return false;
    }

    private String keyOf(TestIdentifier test) {
        for (Optional<TestIdentifier> at = Optional.of(test); at.isPresent(); at = plan.getParent(at.get())) {
            if (at.get().getSource().orElse(null) instanceof MethodSource method) {
                return TestKey.of(method.getClassName(), method.getMethodName());
            }
        }
        return test.getDisplayName();
    }

    private record Classified(Outcome outcome, String message) {}
}
