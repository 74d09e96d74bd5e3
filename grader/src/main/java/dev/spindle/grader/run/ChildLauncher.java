package dev.spindle.grader.run;

import dev.spindle.grader.child.ChildMain;
import dev.spindle.grader.compile.RuntimeClasspath;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Starts a fresh JVM (the grader's own java) for one submission, enforces the wall-clock limit by killing the
 * whole process tree, and returns what it observed. It never interprets events: see {@link OutcomeResolver}.
 */
public final class ChildLauncher {

    /** Per-test output cap inside the child. */
    public static final int OUTPUT_CAP_BYTES = 64 * 1024;
    private static final int TAIL_BYTES = 16 * 1024;
    private static final long POLL_MILLIS = 50;

    private ChildLauncher() {}

    public static ChildRun run(ChildRequest request) throws IOException {
        long started = System.nanoTime();
        try (EventChannel channel = EventChannel.open()) {
            ProcessBuilder builder = new ProcessBuilder(command(request, channel.port()))
                    .directory(request.workDir().toFile());
            Map<String, String> env = builder.environment();
            String path = env.getOrDefault("PATH", "/usr/bin:/bin");
            env.clear();
            env.put("PATH", path);
            env.put("LANG", "C.UTF-8");
            env.put("HOME", request.workDir().toString());
            channel.startReading();
            Process process = builder.start();
            ProcessTree tree = new ProcessTree(process.toHandle());
            TailBuffer stdout = TailBuffer.drain(process.getInputStream(), TAIL_BYTES, "spindle-child-stdout");
            TailBuffer stderr = TailBuffer.drain(process.getErrorStream(), TAIL_BYTES, "spindle-child-stderr");
            try (OutputStream stdin = process.getOutputStream()) {
                stdin.write((channel.token() + "\n").getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                // the child died before reading its token; the exit code tells the rest
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
            int leftovers = tree.killAll();
            var events = channel.awaitEvents(2_000);
            int exitCode = process.isAlive() ? -1 : process.exitValue();
            return new ChildRun(events, exitCode, stoppedAtWallClock, stdout.text(1_000), stderr.text(1_000),
                    Duration.ofNanos(System.nanoTime() - started), leftovers);
        }
    }

    static List<String> command(ChildRequest request, int port) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-XX:-UsePerfData",
                "-Xshare:auto",
                "-Xmx" + request.limits().heapMb() + "m",
                "-XX:MaxDirectMemorySize=64m",
                "-XX:+ExitOnOutOfMemoryError",
                // Lets HangInspector find the owners of parked-on locks, including on virtual threads.
                "--add-exports", "java.base/jdk.internal.vm=ALL-UNNAMED",
                "--add-opens", "java.base/java.util.concurrent.locks=ALL-UNNAMED",
                "-Djava.awt.headless=true",
                "-Dstdout.encoding=UTF-8",
                "-Dstderr.encoding=UTF-8",
                "-cp", RuntimeClasspath.joined(request.classFolders()),
                ChildMain.class.getName(),
                Integer.toString(port),
                Integer.toString(request.limits().perTestSeconds()),
                Integer.toString(request.limits().maxThreads()),
                Integer.toString(OUTPUT_CAP_BYTES),
                request.studentPackage()));
        command.addAll(request.testClasses());
        return command;
    }
}
