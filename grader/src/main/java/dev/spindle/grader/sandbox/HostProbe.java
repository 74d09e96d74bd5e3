package dev.spindle.grader.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Finds out, by trying, which isolation mechanisms work on this host. {@code SPINDLE_SANDBOX_DISABLE} (comma
 * separated: {@code bwrap}, {@code userns}, {@code cgroup}, {@code setpriv}, {@code prlimit}, {@code seccomp},
 * or {@code all}) switches mechanisms off, to exercise the fallbacks and to grade without a sandbox on purpose.
 */
public final class HostProbe {

    static final Path CGROUP_ROOT = Path.of("/sys/fs/cgroup");
    private static final String[] SEARCH_PATH = {"/usr/bin", "/bin", "/usr/sbin", "/sbin", "/usr/local/bin"};

    private HostProbe() {}

    public static HostCapabilities probe(int probeUid) {
        Set<String> disabled = disabled();
        if (disabled.contains("all")) {
            return HostCapabilities.nothing("every sandbox mechanism was switched off (SPINDLE_SANDBOX_DISABLE=all)");
        }
        List<String> notes = new ArrayList<>();
        if (!disabled.isEmpty()) {
            notes.add("switched off by SPINDLE_SANDBOX_DISABLE: " + String.join(", ", disabled));
        }
        boolean root = "root".equals(System.getProperty("user.name")) || isRootByProc();
        boolean setpriv = !disabled.contains("setpriv") && tool("setpriv").isPresent() && root;
        boolean prlimit = !disabled.contains("prlimit") && tool("prlimit").isPresent();
        Optional<Path> bwrap = disabled.contains("bwrap") ? Optional.empty() : tool("bwrap");
        if (bwrap.isEmpty() && !disabled.contains("bwrap")) {
            notes.add("bubblewrap is not installed (Debian/Ubuntu: apt-get install -y bubblewrap)");
        }
        boolean bwrapAsUser = false;
        boolean bwrapAsRoot = false;
        if (bwrap.isPresent()) {
            // each trial runs the chain SandboxSlot builds, so a mode is only chosen if the child can start in it
            String setprivPath = tool("setpriv").map(Path::toString).orElse("setpriv");
            if (setpriv && !disabled.contains("userns")) {
                List<String> asUser = new ArrayList<>(SandboxSlot.dropToUser(setprivPath, probeUid));
                asUser.addAll(bubblewrapTrial(bwrap.get(), true));
                asUser.add("/usr/bin/true");
                bwrapAsUser = succeeds(asUser);
                if (!bwrapAsUser) {
                    notes.add("bubblewrap cannot create namespaces as an unprivileged user here "
                            + "(unprivileged user namespaces are off)");
                }
            }
            if (setpriv) {
                List<String> asRoot = bubblewrapTrial(bwrap.get(), false);
                asRoot.addAll(SandboxSlot.dropToUser(setprivPath, probeUid));
                asRoot.add("/usr/bin/true");
                bwrapAsRoot = succeeds(asRoot);
            }
            if (!bwrapAsUser && !bwrapAsRoot) {
                notes.add("bubblewrap is installed but cannot create namespaces here (container seccomp profile?)");
            }
        }
        Optional<HostCapabilities.CgroupRoots> cgroupV1 = Optional.empty();
        Optional<Path> cgroupV2 = Optional.empty();
        if (root && !disabled.contains("cgroup")) {
            cgroupV1 = probeCgroupV1(notes);
            cgroupV2 = probeCgroupV2();
        }
        Optional<Path> seccomp = Optional.empty();
        if (!disabled.contains("seccomp")) {
            seccomp = tool("python3").filter(p -> succeeds(List.of(p.toString(), "-c", "import seccomp")));
        }
        return new HostCapabilities(root, setpriv, prlimit, bwrap, bwrapAsUser, bwrapAsRoot, cgroupV1, cgroupV2,
                seccomp, notes);
    }

    private static List<String> bubblewrapTrial(Path bwrap, boolean asSandboxUser) {
        List<String> trial = new ArrayList<>(List.of(bwrap.toString()));
        trial.addAll(SandboxSlot.namespaces(asSandboxUser));
        trial.addAll(List.of("--die-with-parent", "--ro-bind", "/usr", "/usr"));
        trial.addAll(SandboxSlot.systemFolders());
        trial.addAll(List.of("--proc", "/proc", "--dev", "/dev"));
        return trial;
    }

    static Set<String> disabled() {
        String value = System.getenv().getOrDefault("SPINDLE_SANDBOX_DISABLE", "");
        return Arrays.stream(value.toLowerCase(Locale.ROOT).split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    private static Optional<HostCapabilities.CgroupRoots> probeCgroupV1(List<String> notes) {
        Path memory = CGROUP_ROOT.resolve("memory");
        Path pids = CGROUP_ROOT.resolve("pids");
        if (!Files.isRegularFile(memory.resolve("memory.limit_in_bytes")) || !Files.isRegularFile(pids.resolve("cgroup.procs"))) {
            return Optional.empty();
        }
        String name = "spindle/probe-" + ProcessHandle.current().pid();
        Path memoryProbe = memory.resolve(name);
        Path pidsProbe = pids.resolve(name);
        try {
            Files.createDirectories(memoryProbe);
            Files.createDirectories(pidsProbe);
            Files.writeString(memoryProbe.resolve("memory.limit_in_bytes"), "67108864");
            Files.writeString(pidsProbe.resolve("pids.max"), "64");
            boolean memsw = Files.exists(memoryProbe.resolve("memory.memsw.limit_in_bytes"));
            return Optional.of(new HostCapabilities.CgroupRoots(memory.resolve("spindle"), pids.resolve("spindle"), memsw));
        } catch (IOException e) {
            notes.add("cgroup v1 memory/pids are not writable: " + e.getMessage());
            return Optional.empty();
        } finally {
            try {
                Files.deleteIfExists(memoryProbe);
                Files.deleteIfExists(pidsProbe);
            } catch (IOException e) {
                // an empty probe cgroup is harmless; the sweep removes it next time
            }
        }
    }

    private static Optional<Path> probeCgroupV2() {
        for (Path base : List.of(CGROUP_ROOT.resolve("unified"), CGROUP_ROOT)) {
            if (!Files.isRegularFile(base.resolve("cgroup.controllers"))) {
                continue;
            }
            Path probe = base.resolve("spindle-probe-" + ProcessHandle.current().pid());
            try {
                Files.createDirectories(probe);
                boolean kill = Files.exists(probe.resolve("cgroup.kill"));
                Files.deleteIfExists(probe);
                if (kill) {
                    return Optional.of(base);
                }
            } catch (IOException e) {
                // not writable here: try the next candidate
            }
        }
        return Optional.empty();
    }

    private static boolean isRootByProc() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .anyMatch(l -> l.startsWith("Uid:") && l.split("\\s+")[1].equals("0"));
        } catch (IOException e) {
            return false;
        }
    }

    static Optional<Path> tool(String name) {
        for (String dir : SEARCH_PATH) {
            Path p = Path.of(dir, name);
            if (Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    private static boolean succeeds(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return false;
            }
            return p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
