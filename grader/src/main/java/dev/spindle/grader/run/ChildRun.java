package dev.spindle.grader.run;

import dev.spindle.grader.protocol.ChildEvent;
import dev.spindle.grader.sandbox.SandboxSlot.KernelCounters;
import dev.spindle.grader.sandbox.SandboxSummary;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What the parent observed of one child JVM: the events it received, how the process ended, the tails of the
 * raw stdout/stderr (JVM messages such as out-of-memory land there), and what the kernel counted.
 *
 * @param leftoverProcesses processes that could not be killed (should always be 0)
 */
public record ChildRun(List<ChildEvent> events, int exitCode, boolean stoppedAtWallClock, String stdoutTail,
                       String stderrTail, Duration elapsed, int leftoverProcesses, SandboxSummary sandbox,
                       Optional<KernelCounters> counters) {

    public boolean finished() {
        return events.stream().anyMatch(e -> e instanceof ChildEvent.RunFinished);
    }
}
