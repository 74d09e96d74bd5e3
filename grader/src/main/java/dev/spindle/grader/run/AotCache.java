package dev.spindle.grader.run;

import dev.spindle.grader.child.warmup.WarmupTests;
import dev.spindle.grader.exercise.Limits;
import dev.spindle.grader.sandbox.ChildRuntime;
import dev.spindle.grader.sandbox.SandboxProfile;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The JDK 25 AOT cache for the child JVM (JEP 483/514): one training run of {@link WarmupTests} records the
 * classes JUnit and the grader load, and every later child maps them already parsed and linked (about half
 * the child's start-up). The cache lives beside the staged runtime, whose paths it is bound to.
 * {@code SPINDLE_AOT=off} disables it.
 */
final class AotCache {

    private static volatile ChildRuntime runtime;
    private static volatile boolean attempted;

    private AotCache() {}

    static ChildRuntime runtime() {
        if (runtime == null) {
            synchronized (AotCache.class) {
                if (runtime == null) {
                    runtime = ChildRuntime.stage(ChildLauncher.runtimeEntries());
                }
            }
        }
        return runtime;
    }

    static boolean enabled() {
        return !"off".equalsIgnoreCase(System.getenv().getOrDefault("SPINDLE_AOT", "on"));
    }

    static List<String> flags(ChildRuntime runtime) {
        if (!enabled()) {
            return List.of();
        }
        Path cache = runtime.aotCache();
        if (!Files.isRegularFile(cache) && !attempted) {
            synchronized (AotCache.class) {
                if (!attempted) {
                    attempted = true;
                    train(runtime);
                }
            }
        }
        return Files.isRegularFile(cache) ? List.of("-XX:AOTCache=" + cache, "-Xlog:aot=off", "-Xlog:cds=off") : List.of();
    }

    private static void train(ChildRuntime runtime) {
        Path work = null;
        try {
            work = Files.createTempDirectory("spindle-aot-");
            Path output = runtime.root().resolve("child.aot.tmp-" + ProcessHandle.current().pid());
            Path channelDir = Files.createDirectories(work.resolve("channel"));
            try (EventChannel channel = EventChannel.open(channelDir.resolve("events.sock"))) {
                var request = new ChildRequest(List.of(), Optional.empty(), List.of(WarmupTests.class.getName()),
                        WarmupTests.class.getPackageName(), new Limits(10, 60, 128, 64), work,
                        SandboxProfile.unconfined("AOT training"), 1);
                List<String> command = ChildLauncher.command(request, runtime, channel.socket(), List.of(), work,
                        List.of("-XX:AOTCacheOutput=" + output, "-Xlog:aot=off", "-Xlog:cds=off"));
                channel.startReading();
                Process process = new ProcessBuilder(command).directory(work.toFile())
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                try (OutputStream stdin = process.getOutputStream()) {
                    stdin.write((channel.token() + "\nHIDDEN 0\n").getBytes(StandardCharsets.US_ASCII));
                }
                if (!process.waitFor(180, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    return;
                }
                channel.awaitEvents(1_000);
            }
            if (Files.isRegularFile(output)) {
                Files.setPosixFilePermissions(output, PosixFilePermissions.fromString("rw-r--r--"));
                Files.move(output, runtime.aotCache(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // no cache: children start slower, nothing else changes
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (work != null) {
                try (var files = Files.walk(work)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                } catch (IOException e) {
                    // temp leftovers are harmless
                }
            }
        }
    }
}
