package dev.spindle.grader.sandbox;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the probe found this host allows. Every field is a measured fact (a command that ran), not a guess
 * from the distribution.
 *
 * @param bubblewrapAsSandboxUser bwrap creates its namespaces when started as the unprivileged sandbox uid
 * @param bubblewrapAsRoot bwrap works when started as root (no unprivileged user namespaces needed)
 * @param cgroupV1 writable cgroup v1 memory and pids hierarchies (this host's hybrid layout)
 * @param cgroupV2Kill a writable cgroup2 directory with {@code cgroup.kill}
 * @param seccompLauncher python3 with the seccomp module, to deny IP sockets when there is no network namespace
 */
public record HostCapabilities(
        boolean root,
        boolean setpriv,
        boolean prlimit,
        Optional<Path> bubblewrap,
        boolean bubblewrapAsSandboxUser,
        boolean bubblewrapAsRoot,
        Optional<CgroupRoots> cgroupV1,
        Optional<Path> cgroupV2Kill,
        Optional<Path> seccompLauncher,
        List<String> notes) {

    public HostCapabilities {
        notes = List.copyOf(notes);
    }

    /** Where the v1 memory and pids hierarchies are mounted; {@code memsw} tells whether swap can be capped too. */
    public record CgroupRoots(Path memory, Path pids, boolean memsw) {}

    public static HostCapabilities nothing(String why) {
        return new HostCapabilities(false, false, false, Optional.empty(), false, false, Optional.empty(),
                Optional.empty(), Optional.empty(), new ArrayList<>(List.of(why)));
    }
}
