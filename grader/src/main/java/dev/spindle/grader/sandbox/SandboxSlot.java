package dev.spindle.grader.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One child JVM's sandbox: a uid of its own, its cgroups, and the command prefix that confines it. The parent
 * keeps everything the child must not see (exercise sources, hidden test classes, results) outside the
 * folders named here.
 */
public final class SandboxSlot implements AutoCloseable {

    static final Path CHILD_ROOT = Path.of("/sandbox");

    private final SandboxProfile profile;
    private final SandboxLimits limits;
    private final int uid;
    private final Optional<CgroupLimits> cgroups;
    private final Path hostScratch;
    private final List<Path> hostClassFolders;
    private final Path hostChannelDir;
    private final List<Path> readOnlyExtras;

    private SandboxSlot(SandboxProfile profile, SandboxLimits limits, int uid, Optional<CgroupLimits> cgroups,
                        Path hostScratch, List<Path> hostClassFolders, Path hostChannelDir, List<Path> readOnlyExtras) {
        this.profile = profile;
        this.limits = limits;
        this.uid = uid;
        this.cgroups = cgroups;
        this.hostScratch = hostScratch;
        this.hostClassFolders = hostClassFolders;
        this.hostChannelDir = hostChannelDir;
        this.readOnlyExtras = readOnlyExtras;
    }

    /**
     * @param workDir the run's private folder (mode 0700 until here)
     * @param classFolders compiled student code and visible tests: readable by the child
     * @param channelDir holds the event socket: reachable by the child
     * @param readOnlyExtras runtime jars and the AOT cache: mounted read-only at the same paths
     */
    public static SandboxSlot open(SandboxProfile profile, SandboxLimits limits, Path workDir, List<Path> classFolders,
                                   Path channelDir, List<Path> readOnlyExtras) throws IOException {
        int uid = profile.dropsToSandboxUser() ? SandboxUids.acquire() : -1;
        Optional<CgroupLimits> cgroups = Optional.empty();
        try {
            Path scratch = Files.createDirectories(workDir.resolve("scratch"));
            if (profile.dropsToSandboxUser()) {
                Files.setPosixFilePermissions(workDir, PosixFilePermissions.fromString("rwx--x--x"));
                Files.setPosixFilePermissions(channelDir, PosixFilePermissions.fromString("rwx--x--x"));
                for (Path folder : classFolders) {
                    makeWorldReadable(folder);
                }
                Files.setAttribute(scratch, "unix:uid", uid);
                Files.setAttribute(scratch, "unix:gid", uid);
                Files.setPosixFilePermissions(scratch, PosixFilePermissions.fromString("rwx------"));
            }
            if (profile.cgroups()) {
                cgroups = Optional.of(CgroupLimits.create(profile.host(), limits.memoryBytes(), limits.maxProcesses()));
            }
            return new SandboxSlot(profile, limits, uid, cgroups, scratch, List.copyOf(classFolders), channelDir,
                    List.copyOf(readOnlyExtras));
        } catch (IOException | RuntimeException e) {
            cgroups.ifPresent(c -> { c.killAll(); c.remove(); });
            if (uid >= 0) {
                SandboxUids.release(uid);
            }
            throw e;
        }
    }

    public SandboxSummary summary() {
        return profile.summary();
    }

    private boolean namespaced() {
        return profile.isolation() instanceof Isolation.Bubblewrap;
    }

    public Path scratchInChild() {
        return namespaced() ? CHILD_ROOT.resolve("scratch") : hostScratch;
    }

    public List<Path> classFoldersInChild() {
        if (!namespaced()) {
            return hostClassFolders;
        }
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < hostClassFolders.size(); i++) {
            paths.add(CHILD_ROOT.resolve("classes").resolve(Integer.toString(i)));
        }
        return paths;
    }

    public Path channelInChild(Path hostSocket) {
        return namespaced() ? CHILD_ROOT.resolve("channel").resolve(hostSocket.getFileName()) : hostSocket;
    }

    /** The full command: limits, identity and isolation wrapped around the java command line. */
    public List<String> wrap(List<String> javaCommand) {
        List<String> command = new ArrayList<>();
        cgroups.ifPresent(c -> command.addAll(c.joinCommand()));
        if (profile.rlimits()) {
            command.addAll(rlimits());
        }
        switch (profile.isolation()) {
            case Isolation.Bubblewrap b when b.startedAsSandboxUser() -> {
                command.addAll(dropToSandboxUser("/usr/bin/setpriv"));
                command.addAll(bubblewrap(b.bwrap()));
            }
            case Isolation.Bubblewrap b -> {
                command.addAll(bubblewrap(b.bwrap()));
                command.addAll(dropToSandboxUser("/usr/bin/setpriv"));
            }
            case Isolation.DedicatedUser d -> {
                command.addAll(dropToSandboxUser(HostProbe.tool("setpriv").map(Path::toString).orElse("setpriv")));
                d.seccompPython().ifPresent(python -> command.addAll(SeccompLauncher.command(python)));
            }
            case Isolation.Unconfined u -> { }
        }
        command.addAll(javaCommand);
        return command;
    }

    private List<String> rlimits() {
        String fsize = Long.toString(limits.fileSizeBytes());
        List<String> args = new ArrayList<>(List.of(HostProbe.tool("prlimit").map(Path::toString).orElse("prlimit"),
                "--nofile=" + limits.openFiles() + ":" + limits.openFiles(),
                "--fsize=" + fsize + ":" + fsize,
                "--cpu=" + limits.cpuSeconds() + ":" + (limits.cpuSeconds() + 5),
                "--core=0:0"));
        if (profile.dropsToSandboxUser()) {
            args.add("--nproc=" + limits.maxProcesses() + ":" + limits.maxProcesses());
        }
        args.add("--");
        return args;
    }

    private List<String> dropToSandboxUser(String setpriv) {
        return dropToUser(setpriv, uid);
    }

    static List<String> dropToUser(String setpriv, int uid) {
        return List.of(setpriv, "--reuid=" + uid, "--regid=" + uid, "--clear-groups", "--inh-caps=-all",
                "--bounding-set=-all", "--no-new-privs", "--pdeathsig", "KILL", "--");
    }

    private List<String> bubblewrap(Path bwrap) {
        List<String> b = new ArrayList<>(List.of(bwrap.toString()));
        b.addAll(namespaces(startedAsUser()));
        b.addAll(List.of("--die-with-parent", "--new-session"));
        b.addAll(List.of("--ro-bind", "/usr", "/usr"));
        b.addAll(systemFolders());
        b.addAll(List.of("--ro-bind", "/etc", "/etc"));
        Path javaHome = Path.of(System.getProperty("java.home")).toAbsolutePath();
        List<Path> sameTarget = new ArrayList<>(readOnlyExtras);
        if (!javaHome.startsWith("/usr")) {
            sameTarget.addFirst(javaHome);
        }
        for (Path path : sameTarget) {
            if (!startedAsUser()) {
                b.addAll(traversableParents(path));
            }
            b.addAll(List.of("--ro-bind", path.toString(), path.toString()));
        }
        b.addAll(List.of("--proc", "/proc", "--dev", "/dev"));
        if (!startedAsUser()) {
            b.addAll(List.of("--perms", "0755", "--dir", CHILD_ROOT.toString()));
            b.addAll(List.of("--perms", "0755", "--dir", CHILD_ROOT.resolve("classes").toString()));
        }
        b.addAll(List.of("--size", Long.toString(limits.scratchBytes()), "--perms", startedAsUser() ? "0700" : "1777", "--tmpfs", scratchInChild().toString()));
        List<Path> inChild = classFoldersInChild();
        for (int i = 0; i < hostClassFolders.size(); i++) {
            b.addAll(List.of("--ro-bind", hostClassFolders.get(i).toString(), inChild.get(i).toString()));
        }
        b.addAll(List.of("--ro-bind", hostChannelDir.toString(), CHILD_ROOT.resolve("channel").toString()));
        b.addAll(List.of("--remount-ro", "/", "--remount-ro", "/dev", "--chdir", scratchInChild().toString()));
        return b;
    }

    /**
     * Namespaces and capabilities. Started as the sandbox uid, bwrap makes a user namespace and nothing inside
     * keeps a capability. Started as root, it must not make one (the sandbox uid would be unmapped in it, and
     * setpriv's setresuid fails with EINVAL), and it keeps just what setpriv inside needs to drop to the sandbox
     * uid; setpriv then clears every capability set, the bounding set included, before the JVM starts.
     */
    static List<String> namespaces(boolean startedAsSandboxUser) {
        if (startedAsSandboxUser) {
            return List.of("--unshare-all", "--cap-drop", "ALL");
        }
        return List.of("--unshare-ipc", "--unshare-pid", "--unshare-net", "--unshare-uts", "--unshare-cgroup-try",
                "--cap-drop", "ALL", "--cap-add", "CAP_SETUID", "--cap-add", "CAP_SETGID", "--cap-add", "CAP_SETPCAP");
    }

    /** A privileged bwrap creates missing mount-point parents with mode 0700; the sandbox uid must traverse them. */
    private static List<String> traversableParents(Path path) {
        List<String> b = new ArrayList<>();
        Path parent = path.toAbsolutePath().getParent();
        List<Path> chain = new ArrayList<>();
        for (Path p = parent; p != null && p.getParent() != null; p = p.getParent()) {
            chain.addFirst(p);
        }
        for (Path p : chain) {
            if (!p.startsWith("/usr") && !p.startsWith("/etc")) {
                b.addAll(List.of("--perms", "0755", "--dir", p.toString()));
            }
        }
        return b;
    }

    private boolean startedAsUser() {
        return profile.isolation() instanceof Isolation.Bubblewrap b && b.startedAsSandboxUser();
    }

    /** /bin, /lib and friends: symlinks into /usr on merged-/usr systems, read-only binds elsewhere. */
    static List<String> systemFolders() {
        List<String> b = new ArrayList<>();
        for (String top : List.of("/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32")) {
            Path p = Path.of(top);
            if (Files.isSymbolicLink(p)) {
                try {
                    b.addAll(List.of("--symlink", Files.readSymbolicLink(p).toString(), top));
                } catch (IOException e) {
                    // unreadable link: leave it out of the view
                }
            } else if (Files.isDirectory(p)) {
                b.addAll(List.of("--ro-bind", top, top));
            }
        }
        return b;
    }

    /** Ends every process of this run: the cgroup when there is one, else everything the sandbox uid runs. */
    public void killAll() {
        if (cgroups.isPresent()) {
            cgroups.get().killAll();
        } else if (profile.isolation() instanceof Isolation.DedicatedUser) {
            killEverythingOfUid();
        }
    }

    private void killEverythingOfUid() {
        try {
            Process kill = new ProcessBuilder(HostProbe.tool("setpriv").map(Path::toString).orElse("setpriv"),
                    "--reuid=" + uid, "--regid=" + uid, "--clear-groups", "/bin/kill", "-KILL", "-1")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            kill.waitFor(5, TimeUnit.SECONDS);
        } catch (IOException e) {
            // nothing more can be done without cgroups
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** @return what the kernel counted, before the cgroups are removed */
    public Optional<KernelCounters> counters() {
        return cgroups.map(c -> {
            var s = c.stats();
            return new KernelCounters(s.oomKills(), s.pidsRefused(), s.peakMemoryBytes());
        });
    }

    @Override
    public void close() {
        killAll();
        cgroups.ifPresent(CgroupLimits::remove);
        if (uid >= 0) {
            SandboxUids.release(uid);
        }
    }

    private static void makeWorldReadable(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.toList()) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
    }

    /** Kernel counters for the run: OOM kills, forks refused at pids.max, and peak memory. */
    public record KernelCounters(long oomKills, long forksRefused, long peakMemoryBytes) {}
}
