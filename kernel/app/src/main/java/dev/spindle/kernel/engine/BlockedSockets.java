package dev.spindle.kernel.engine;

import java.io.IOException;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Wakes the threads of this JVM that are blocked in a system call on an internet socket (read, accept,
 * connect, send...). {@link Thread#interrupt} does not reach a platform thread in blocking socket I/O, so a stop
 * shuts those sockets down: a blocked read then sees the end of the stream, an accept or connect fails.
 *
 * <p>Linux on x86-64 or AArch64 only: it reads each thread's current system call and its first argument (the
 * file descriptor) from {@code /proc/self/task/*}/syscall, and calls {@code shutdown(2)} through the FFM API.
 * Elsewhere it does nothing. Unix-domain sockets, such as the engine's link to the kernel, are never touched.
 */
final class BlockedSockets {

    private static final int SHUT_RDWR = 2;
    private static final Path PROC = Path.of("/proc/self");

    private BlockedSockets() {
    }

    /** Shuts down every internet socket a thread of this JVM is blocked on; returns how many. */
    static int release() {
        Set<Integer> calls = blockingSocketCalls(System.getProperty("os.arch"));
        if (calls.isEmpty() || !Files.isDirectory(PROC.resolve("task"))) {
            return 0;
        }
        Set<String> inet = inetSocketInodes();
        Set<Integer> released = new HashSet<>();
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(PROC.resolve("task"))) {
            for (Path task : tasks) {
                int fd = blockedFd(task, calls);
                if (fd >= 0 && !released.contains(fd) && inet.contains(socketInode(fd)) && shutdown(fd)) {
                    released.add(fd);
                }
            }
        } catch (IOException e) {
            // the threads come and go; what was found so far is released
        }
        return released.size();
    }

    /** The descriptor a thread waits on, or -1 when it is not in one of {@code calls}. */
    private static int blockedFd(Path task, Set<Integer> calls) {
        try {
            String[] fields = Files.readString(task.resolve("syscall")).strip().split(" ");
            if (fields.length < 2 || !fields[0].chars().allMatch(Character::isDigit)
                    || !calls.contains(Integer.parseInt(fields[0]))) {
                return -1;
            }
            return (int) Long.parseLong(fields[1].substring(2), 16);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static String socketInode(int fd) {
        try {
            String target = Files.readSymbolicLink(PROC.resolve("fd").resolve(Integer.toString(fd))).toString();
            return target.startsWith("socket:[") ? target.substring(8, target.length() - 1) : "";
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    /** Inodes of the TCP and UDP sockets of this network namespace (column 10 of /proc/net/tcp and friends). */
    private static Set<String> inetSocketInodes() {
        Set<String> inodes = new HashSet<>();
        for (String table : List.of("tcp", "tcp6", "udp", "udp6")) {
            try {
                for (String line : Files.readAllLines(PROC.resolve("net").resolve(table)).stream().skip(1).toList()) {
                    String[] columns = line.strip().split("\\s+");
                    if (columns.length > 9) {
                        inodes.add(columns[9]);
                    }
                }
            } catch (IOException e) {
                // no IPv6, for instance
            }
        }
        inodes.remove("0");
        return inodes;
    }

    /** read, write, readv, writev, connect, accept, sendto, recvfrom, sendmsg, recvmsg, accept4. */
    static Set<Integer> blockingSocketCalls(String arch) {
        return switch (arch) {
            case "amd64", "x86_64" -> Set.of(0, 1, 19, 20, 42, 43, 44, 45, 46, 47, 288);
            case "aarch64" -> Set.of(63, 64, 65, 66, 203, 202, 206, 207, 211, 212, 242);
            default -> Set.of();
        };
    }

    private static boolean shutdown(int fd) {
        try {
            return (int) Shutdown.HANDLE.invokeExact(fd, SHUT_RDWR) == 0;
        } catch (Throwable e) {
            return false;
        }
    }

    /** Looked up on first use: most stops never meet a socket. */
    private static final class Shutdown {
        static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(
                Linker.nativeLinker().defaultLookup().find("shutdown").orElseThrow(),
                FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
    }
}
