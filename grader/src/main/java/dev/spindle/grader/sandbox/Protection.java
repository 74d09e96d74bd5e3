package dev.spindle.grader.sandbox;

/** One protection a graded run may have; which ones are active depends on what the host allows. */
public enum Protection {
    UNPRIVILEGED_USER("unprivileged user", "runs as a dedicated non-root uid"),
    NO_CAPABILITIES("no capabilities", "no Linux capabilities, no-new-privs"),
    PID_NAMESPACE("pid namespace", "own pid namespace: sees only its own processes; all die with its init"),
    NO_NETWORK("no network", "own network namespace (or a seccomp filter on IP sockets)"),
    FILESYSTEM_VIEW("filesystem view", "read-only system folders; only a private scratch folder is writable; "
            + "exercise sources, reference solutions and results are not mounted"),
    MEMORY_LIMIT("memory limit", "cgroup memory limit for the whole process tree"),
    PROCESS_LIMIT("process limit", "cap on processes and threads (cgroup pids, RLIMIT_NPROC)"),
    CPU_TIME_LIMIT("CPU-time limit", "RLIMIT_CPU"),
    FILE_SIZE_LIMIT("file-size limit", "RLIMIT_FSIZE, and a size-capped scratch folder"),
    KILLED_WITH_GRADER("dies with the grader", "the whole tree is killed when the grader dies (pdeathsig, pid namespace)");

    private final String label;
    private final String description;

    Protection(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }
}
