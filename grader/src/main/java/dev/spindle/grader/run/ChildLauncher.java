package dev.spindle.grader.run;

import dev.spindle.grader.child.ChildMain;
import dev.spindle.grader.compile.RuntimeClasspath;
import dev.spindle.grader.sandbox.ChildRuntime;
import dev.spindle.grader.sandbox.SandboxLimits;
import dev.spindle.grader.sandbox.SandboxSlot;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Starts a fresh JVM (the grader's own java) for one submission inside its sandbox, enforces the wall-clock
 * limit by killing the whole process tree, and returns what it observed. It never interprets events: see
 * {@link OutcomeResolver}. Call it from a platform thread that waits for the result: the sandbox's
 * parent-death signal fires when the thread that started it ends.
 */
public final class ChildLauncher {

    /** Per-test output cap inside the child. */
    public static final int OUTPUT_CAP_BYTES = 64 * 1024;
    private static final int TAIL_BYTES = 16 * 1024;
    private static final long POLL_MILLIS = 50;

    private ChildLauncher() {}

    public static ChildRun run(ChildRequest request) throws IOException {
        long started = System.nanoTime();
        ChildRuntime runtime = AotCache.runtime();
        Path channelDir = Files.createDirectories(request.workDir().resolve("channel"));
        request.hiddenClassFolder().ifPresent(ChildLauncher::keepPrivate);
        try (EventChannel channel = EventChannel.open(channelDir.resolve("events.sock"));
             SandboxSlot slot = SandboxSlot.open(request.sandbox(), SandboxLimits.of(request.limits()), request.workDir(),
                     request.classFolders(), channelDir, List.of(runtime.root()))) {
            List<String> java = command(request, runtime, slot.channelInChild(channel.socket()),
                    slot.classFoldersInChild(), slot.scratchInChild(), AotCache.flags(runtime));
            ProcessBuilder builder = new ProcessBuilder(slot.wrap(java)).directory(request.workDir().toFile());
            Map<String, String> env = builder.environment();
            env.clear();
            env.put("PATH", "/usr/bin:/bin");
            env.put("LANG", "C.UTF-8");
            env.put("HOME", slot.scratchInChild().toString());
            env.put("TMPDIR", slot.scratchInChild().toString());
            channel.startReading();
            Process process = builder.start();
            ProcessTree tree = new ProcessTree(process.toHandle());
            TailBuffer stdout = TailBuffer.drain(process.getInputStream(), TAIL_BYTES, "spindle-child-stdout");
            TailBuffer stderr = TailBuffer.drain(process.getErrorStream(), TAIL_BYTES, "spindle-child-stderr");
            try (OutputStream stdin = process.getOutputStream()) {
                stdin.write(bootstrap(channel.token(), request.hiddenClassFolder()));
            } catch (IOException e) {
                // the child died before reading its bootstrap; the exit code tells the rest
            }
            long deadline = started + TimeUnit.SECONDS.toNanos(request.limits().wallSeconds());
            boolean stoppedAtWallClock = false;
            try {
                while (!process.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                    tree.remember();
                    if (System.nanoTime() > deadline) {
                        stoppedAtWallClock = true;
                        break;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stoppedAtWallClock = true;
            }
            slot.killAll();
            int leftovers = tree.killAll();
            var counters = slot.counters();
            var events = channel.awaitEvents(2_000);
            int exitCode = process.isAlive() ? -1 : process.exitValue();
            return new ChildRun(events, exitCode, stoppedAtWallClock, stdout.text(1_000), stderr.text(1_000),
                    Duration.ofNanos(System.nanoTime() - started), leftovers, slot.summary(), counters);
        }
    }

    /** Token line, then the hidden test classes as base64: they never touch the child's file system. */
    private static byte[] bootstrap(String token, Optional<Path> hiddenFolder) throws IOException {
        StringBuilder text = new StringBuilder(token).append('\n');
        List<String> lines = new ArrayList<>();
        if (hiddenFolder.isPresent() && Files.isDirectory(hiddenFolder.get())) {
            Path root = hiddenFolder.get();
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
                    String relative = root.relativize(f).toString();
                    String name = relative.substring(0, relative.length() - ".class".length()).replace(File.separatorChar, '.');
                    lines.add(name + "\t" + Base64.getEncoder().encodeToString(Files.readAllBytes(f)));
                }
            }
        }
        text.append("HIDDEN ").append(lines.size()).append('\n');
        lines.forEach(l -> text.append(l).append('\n'));
        return text.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static void keepPrivate(Path folder) {
        try {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        } catch (IOException e) {
            // the folder is inside the 0700 work dir of an unsandboxed run
        }
    }

    static List<String> command(ChildRequest request, ChildRuntime runtime, Path socket, List<Path> classFolders,
                                Path scratch, List<String> aotFlags) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmFlags());
        command.addAll(aotFlags);
        command.addAll(List.of(
                "-Xmx" + request.limits().heapMb() + "m",
                "-Djava.io.tmpdir=" + scratch,
                "-cp", runtime.classpath().stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)),
                ChildMain.class.getName(),
                socket.toString(),
                Integer.toString(request.limits().perTestSeconds()),
                Integer.toString(request.limits().maxThreads()),
                Integer.toString(OUTPUT_CAP_BYTES),
                Integer.toString(request.repetitions()),
                request.studentPackage(),
                classFolders.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator))));
        command.addAll(request.testClasses());
        return command;
    }

    /** Flags shared by graded runs and the AOT training run (the cache only loads under matching flags). */
    static List<String> jvmFlags() {
        return List.of(
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-XX:-UsePerfData",
                "-XX:MaxDirectMemorySize=64m",
                "-XX:+ExitOnOutOfMemoryError",
                // no jcmd/agents, no Unsafe or JNI/FFM: a submission cannot read or patch the grader's objects
                "-XX:+DisableAttachMechanism",
                "--sun-misc-unsafe-memory-access=deny",
                "--illegal-native-access=deny",
                // Lets HangInspector find the owners of parked-on locks, including on virtual threads.
                "--add-exports", "java.base/jdk.internal.vm=ALL-UNNAMED",
                "--add-opens", "java.base/java.util.concurrent.locks=ALL-UNNAMED",
                "-Djava.awt.headless=true",
                "-Dstdout.encoding=UTF-8",
                "-Dstderr.encoding=UTF-8");
    }

    static List<Path> runtimeEntries() {
        return RuntimeClasspath.entries();
    }
}
