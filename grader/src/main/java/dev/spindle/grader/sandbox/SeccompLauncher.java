package dev.spindle.grader.sandbox;

import java.nio.file.Path;
import java.util.List;

/**
 * Without a network namespace, a seccomp filter (libseccomp's Python binding) makes IPv4/IPv6 sockets fail with
 * EACCES and forbids ptrace and new namespaces, then execs the child. Unix sockets stay allowed: the event
 * channel is one.
 */
final class SeccompLauncher {

    private static final String SCRIPT = """
            import errno, os, sys, seccomp
            f = seccomp.SyscallFilter(defaction=seccomp.ALLOW)
            for family in (2, 10):
                f.add_rule(seccomp.ERRNO(errno.EACCES), "socket", seccomp.Arg(0, seccomp.EQ, family))
            for name in ("ptrace", "unshare", "setns", "mount", "process_vm_readv", "process_vm_writev"):
                f.add_rule(seccomp.ERRNO(errno.EPERM), name)
            f.load()
            os.execv(sys.argv[1], sys.argv[1:])
            """;

    private SeccompLauncher() {}

    static List<String> command(Path python) {
        return List.of(python.toString(), "-I", "-c", SCRIPT);
    }
}
