package dev.spindle.grader.sandbox;

import java.nio.file.Path;
import java.util.Optional;

/** How the child JVM is confined, best first. Limits (cgroups, rlimits) are chosen separately. */
public sealed interface Isolation {

    String describe();

    /**
     * Namespaces and a minimal filesystem view from bubblewrap.
     *
     * @param startedAsSandboxUser bwrap runs as the sandbox uid and makes a user namespace; otherwise bwrap runs
     *                             as root without one and setpriv drops to the sandbox uid inside
     */
    record Bubblewrap(Path bwrap, boolean startedAsSandboxUser) implements Isolation {
        public String describe() {
            return "bubblewrap (" + (startedAsSandboxUser ? "user namespace" : "root, setpriv inside") + ")";
        }
    }

    /** No namespaces: a dedicated uid without capabilities, and a seccomp filter on IP sockets when available. */
    record DedicatedUser(Optional<Path> seccompPython) implements Isolation {
        public String describe() {
            return "dedicated user" + (seccompPython.isPresent() ? " + seccomp" : "");
        }
    }

    /** The child runs as the grader's own user, as before the sandbox existed. */
    record Unconfined(String reason) implements Isolation {
        public String describe() {
            return "none (" + reason + ")";
        }
    }
}
