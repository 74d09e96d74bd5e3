package dev.spindle.grader.sandbox;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One run's cgroups: v1 memory and pids limits (this host's hybrid layout) and, where there is one, a cgroup2
 * directory whose {@code cgroup.kill} ends every process in it at once. Names are {@code <grader pid>-<n>}, so
 * a later grader can sweep the cgroups of one that died.
 */
final class CgroupLimits {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static volatile boolean swept;

    private final List<Path> dirs;
    private final Path memory;
    private final Path pids;
    private final Optional<Path> unified;

    private CgroupLimits(Path memory, Path pids, Optional<Path> unified) {
        this.memory = memory;
        this.pids = pids;
        this.unified = unified;
        this.dirs = new ArrayList<>(List.of(memory, pids));
        unified.ifPresent(dirs::add);
    }

    static CgroupLimits create(HostCapabilities host, long memoryBytes, int maxPids) throws IOException {
        HostCapabilities.CgroupRoots roots = host.cgroupV1().orElseThrow();
        sweepOnce(roots, host.cgroupV2Kill());
        String name = ProcessHandle.current().pid() + "-" + SEQUENCE.incrementAndGet();
        Path memory = Files.createDirectories(roots.memory().resolve(name));
        Path pids = Files.createDirectories(roots.pids().resolve(name));
        Optional<Path> unified = Optional.empty();
        if (host.cgroupV2Kill().isPresent()) {
            unified = Optional.of(Files.createDirectories(host.cgroupV2Kill().get().resolve("spindle").resolve(name)));
        }
        CgroupLimits limits = new CgroupLimits(memory, pids, unified);
        Files.writeString(memory.resolve("memory.limit_in_bytes"), Long.toString(memoryBytes));
        if (roots.memsw()) {
            Files.writeString(memory.resolve("memory.memsw.limit_in_bytes"), Long.toString(memoryBytes));
        }
        Files.writeString(pids.resolve("pids.max"), Integer.toString(maxPids));
        return limits;
    }

    /** A shell prefix that moves itself into the cgroups, then execs the rest of the command. */
    List<String> joinCommand() {
        StringBuilder script = new StringBuilder();
        for (Path dir : dirs) {
            script.append("echo $$ > '").append(dir.resolve("cgroup.procs")).append("' || exit 97; ");
        }
        script.append("exec \"$@\"");
        return List.of("/bin/sh", "-c", script.toString(), "spindle-cgroup-join");
    }

    /** Kills every process in the cgroups and waits until they are empty. */
    void killAll() {
        for (int attempt = 0; attempt < 100 && !empty(); attempt++) {
            if (unified.isPresent()) {
                write(unified.get().resolve("cgroup.kill"), "1");
            } else {
                members(pids).forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
            }
            sleep(20);
        }
    }

    boolean empty() {
        return dirs.stream().allMatch(d -> members(d).isEmpty());
    }

    /** What the kernel counted: OOM kills and refused forks. */
    CgroupStats stats() {
        long oomKills = counter(memory.resolve("memory.oom_control"), "oom_kill");
        long pidsRefused = counter(pids.resolve("pids.events"), "max");
        long peak = counter(memory.resolve("memory.max_usage_in_bytes"), null);
        return new CgroupStats(oomKills, pidsRefused, peak);
    }

    void remove() {
        for (int attempt = 0; attempt < 50; attempt++) {
            dirs.removeIf(CgroupLimits::tryRemove);
            if (dirs.isEmpty()) {
                return;
            }
            sleep(20);
        }
    }

    private static boolean tryRemove(Path dir) {
        try {
            Files.deleteIfExists(dir);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static List<Long> members(Path dir) {
        try {
            return Files.readAllLines(dir.resolve("cgroup.procs")).stream().filter(s -> !s.isBlank())
                    .map(s -> Long.parseLong(s.strip())).toList();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    private static long counter(Path file, String key) {
        try {
            for (String line : Files.readAllLines(file)) {
                String[] parts = line.strip().split("\\s+");
                if (key == null && parts.length == 1) {
                    return Long.parseLong(parts[0]);
                }
                if (parts.length == 2 && parts[0].equals(key)) {
                    return Long.parseLong(parts[1]);
                }
            }
        } catch (IOException | RuntimeException e) {
            // counters are informative only
        }
        return 0;
    }

    /** Removes cgroups left by graders that died (killed with SIGKILL, power loss): kills their processes first. */
    private static void sweepOnce(HostCapabilities.CgroupRoots roots, Optional<Path> v2) {
        if (swept) {
            return;
        }
        synchronized (CgroupLimits.class) {
            if (swept) {
                return;
            }
            swept = true;
            List<Path> parents = new ArrayList<>(List.of(roots.memory(), roots.pids()));
            v2.ifPresent(p -> parents.add(p.resolve("spindle")));
            for (Path parent : parents) {
                if (!Files.isDirectory(parent)) {
                    continue;
                }
                try (DirectoryStream<Path> children = Files.newDirectoryStream(parent, Files::isDirectory)) {
                    for (Path child : children) {
                        String name = child.getFileName().toString();
                        int dash = name.indexOf('-');
                        if (dash <= 0 || !name.substring(0, dash).chars().allMatch(Character::isDigit)) {
                            continue;
                        }
                        long owner = Long.parseLong(name.substring(0, dash));
                        if (owner == ProcessHandle.current().pid() || ProcessHandle.of(owner).map(ProcessHandle::isAlive).orElse(false)) {
                            continue;
                        }
                        if (Files.exists(child.resolve("cgroup.kill"))) {
                            write(child.resolve("cgroup.kill"), "1");
                        }
                        members(child).forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
                        sleep(20);
                        tryRemove(child);
                    }
                } catch (IOException e) {
                    // best effort: a stale empty cgroup costs nothing
                }
            }
        }
    }

    private static void write(Path file, String value) {
        try {
            Files.writeString(file, value);
        } catch (IOException e) {
            // the cgroup is already gone
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** @param peakMemoryBytes memory.max_usage_in_bytes (0 when unknown) */
    record CgroupStats(long oomKills, long pidsRefused, long peakMemoryBytes) {}
}
