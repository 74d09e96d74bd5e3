package dev.spindle.kernel.app;

import java.time.Duration;
import java.util.Optional;

/**
 * Ends the kernel when the client that launched it is gone: jupyter_client puts its pid in
 * {@code JPY_PARENT_PID} and starts kernels in a new session, so they would otherwise outlive it.
 */
final class ParentProcessWatch {

    static final String ENV_PARENT_PID = "JPY_PARENT_PID";
    static final Duration POLL = Duration.ofMillis(500);

    private static final System.Logger LOG = System.getLogger(ParentProcessWatch.class.getName());

    private ParentProcessWatch() {
    }

    /** Starts polling the parent named by {@code parentPid} (if any); runs {@code onDeath} once it is gone. */
    static void start(String parentPid, Runnable onDeath) {
        Optional<Long> pid = parse(parentPid);
        if (pid.isEmpty()) {
            return;
        }
        Thread.ofPlatform().name("spindle-parent-watch").daemon().start(() -> {
            while (ProcessHandle.of(pid.get()).map(ProcessHandle::isAlive).orElse(false)) {
                try {
                    Thread.sleep(POLL);
                } catch (InterruptedException e) {
                    return;
                }
            }
            LOG.log(System.Logger.Level.WARNING, "parent process {0} is gone: shutting down", pid.get());
            onDeath.run();
        });
    }

    static Optional<Long> parse(String parentPid) {
        if (parentPid == null || parentPid.isBlank()) {
            return Optional.empty();
        }
        try {
            long pid = Long.parseLong(parentPid.strip());
            return pid > 1 ? Optional.of(pid) : Optional.empty();
        } catch (NumberFormatException e) {
            LOG.log(System.Logger.Level.WARNING, "{0} is not a pid: {1}", ENV_PARENT_PID, parentPid);
            return Optional.empty();
        }
    }
}
