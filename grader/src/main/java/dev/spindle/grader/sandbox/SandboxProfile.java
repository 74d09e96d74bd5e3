package dev.spindle.grader.sandbox;

import java.util.EnumSet;
import java.util.Set;

/** The strongest combination of isolation and limits this host supports, chosen from a probe. */
public record SandboxProfile(Isolation isolation, HostCapabilities host, boolean cgroups, boolean rlimits) {

    /** Falls back as in grader-sandbox.md §6: bwrap as the sandbox user, root bwrap, a dedicated uid, nothing. */
    public static SandboxProfile choose(HostCapabilities host) {
        Isolation isolation;
        if (host.bubblewrap().isPresent() && host.bubblewrapAsSandboxUser()) {
            isolation = new Isolation.Bubblewrap(host.bubblewrap().get(), true);
        } else if (host.bubblewrap().isPresent() && host.bubblewrapAsRoot() && host.setpriv()) {
            isolation = new Isolation.Bubblewrap(host.bubblewrap().get(), false);
        } else if (host.setpriv()) {
            isolation = new Isolation.DedicatedUser(host.seccompLauncher());
        } else {
            isolation = new Isolation.Unconfined(host.root() ? "setpriv is missing" : "the grader does not run as root");
        }
        return new SandboxProfile(isolation, host, host.cgroupV1().isPresent(), host.prlimit());
    }

    /** The child JVM started directly, as the grader's user: the baseline for measuring the sandbox's cost. */
    public static SandboxProfile unconfined(String reason) {
        return new SandboxProfile(new Isolation.Unconfined(reason), HostCapabilities.nothing(reason), false, false);
    }

    /** The same host and limits confined another way: to exercise a fallback on a host that has better. */
    public SandboxProfile withIsolation(Isolation other) {
        return new SandboxProfile(other, host, cgroups, rlimits);
    }

    public boolean dropsToSandboxUser() {
        return !(isolation instanceof Isolation.Unconfined);
    }

    public SandboxSummary summary() {
        Set<Protection> on = EnumSet.noneOf(Protection.class);
        switch (isolation) {
            case Isolation.Bubblewrap b -> on.addAll(EnumSet.of(Protection.UNPRIVILEGED_USER, Protection.NO_CAPABILITIES,
                    Protection.PID_NAMESPACE, Protection.NO_NETWORK, Protection.FILESYSTEM_VIEW,
                    Protection.KILLED_WITH_GRADER));
            case Isolation.DedicatedUser d -> {
                on.addAll(EnumSet.of(Protection.UNPRIVILEGED_USER, Protection.NO_CAPABILITIES));
                if (d.seccompPython().isPresent()) {
                    on.add(Protection.NO_NETWORK);
                }
            }
            case Isolation.Unconfined u -> { }
        }
        if (cgroups) {
            on.add(Protection.MEMORY_LIMIT);
            on.add(Protection.PROCESS_LIMIT);
        }
        if (rlimits) {
            on.add(Protection.CPU_TIME_LIMIT);
            on.add(Protection.FILE_SIZE_LIMIT);
            if (dropsToSandboxUser()) {
                on.add(Protection.PROCESS_LIMIT);
            }
        }
        return new SandboxSummary(isolation.describe(), on);
    }
}
