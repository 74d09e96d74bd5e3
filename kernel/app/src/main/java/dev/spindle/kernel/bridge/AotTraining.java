package dev.spindle.kernel.bridge;

import dev.spindle.kernel.link.EngineRequest;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Makes the AOT cache once: runs a throwaway engine with {@code -XX:AOTCacheOutput} through a typical
 * session (cells, an error, completion, inspection), ends it normally so the JDK writes the cache, and moves
 * the file into place. Runs at low CPU priority when {@code nice} is available; one kernel at a time.
 */
final class AotTraining {

    private static final Duration STALE_LOCK = Duration.ofMinutes(10);
    private static final List<String> CELLS = List.of(
            "1 + 1",
            "System.out.println(\"hello, world\")",
            "int twice(int x) { return 2 * x; }\ntwice(21)",
            "int bad = \"text\";",
            "throw new IllegalStateException(\"boom\");",
            "display(new Html(\"<b>x</b>\"))",
            "var list = new ArrayList<Integer>(); for (int i = 0; i < 10; i++) list.add(i); list.stream().mapToInt(i -> i).sum()",
            "Thread.ofVirtual().start(() -> System.out.println(\"v\")).join();");

    private final EngineSettings settings;
    private final AotCache cache;
    private final PrintStream log;

    AotTraining(EngineSettings settings, AotCache cache, PrintStream log) {
        this.settings = settings;
        this.cache = cache;
        this.log = log;
    }

    /** Returns whether the cache exists afterwards. */
    boolean run() {
        Path file = cache.file();
        Path lock = file.resolveSibling(file.getFileName() + ".training");
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try {
            Files.createDirectories(file.getParent());
            if (!takeLock(lock)) {
                return cache.exists();
            }
            try {
                Files.deleteIfExists(partial);
                train(partial);
                if (Files.isRegularFile(partial) && Files.size(partial) > 0) {
                    Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(partial);
                Files.deleteIfExists(lock);
            }
        } catch (IOException | RuntimeException e) {
            log.println("spindle: could not make the engine AOT cache: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return cache.exists();
    }

    private void train(Path output) throws IOException, InterruptedException {
        List<String> options = new ArrayList<>(settings.jvmOptions());
        options.add("-XX:AOTCacheOutput=" + output);
        options.add("-Dspindle.engine.exitGraceMs=180000");
        EngineSettings training = new EngineSettings(settings.javaCommand(), settings.engineClassPath(),
                settings.cellClassPath(), options, settings.startTimeout(), settings.interruptTimeout(), null, false);
        EngineLauncher launcher = new EngineLauncher(training, log, niceCommand());
        EngineSession session = launcher.launch((s, event) -> { });
        int count = 0;
        for (String cell : CELLS) {
            int executionCount = ++count;
            join(session, id -> new EngineRequest.Execute(id, 1, cell, executionCount, false, false, Map.of()));
        }
        join(session, id -> new EngineRequest.Complete(id, "System.out.pri", 14));
        join(session, id -> new EngineRequest.Inspect(id, "String.valueOf", 14, 0));
        join(session, id -> new EngineRequest.CheckCompleteness(id, "for (int i = 0; i < 3; i++) {"));
        session.tell(new EngineRequest.Shutdown());
        session.exited().orTimeout(200, TimeUnit.SECONDS).exceptionally(e -> {
            session.kill("AOT training took too long");
            return null;
        }).join();
    }

    private static void join(EngineSession session, java.util.function.LongFunction<EngineRequest> request) {
        session.request(request).orTimeout(60, TimeUnit.SECONDS).exceptionally(e -> null).join();
    }

    private static List<String> niceCommand() {
        for (String dir : List.of("/usr/bin", "/bin")) {
            Path nice = Path.of(dir, "nice");
            if (Files.isExecutable(nice)) {
                return List.of(nice.toString(), "-n", "15");
            }
        }
        return List.of();
    }

    private static boolean takeLock(Path lock) throws IOException {
        try {
            Files.createFile(lock);
            return true;
        } catch (java.nio.file.FileAlreadyExistsException e) {
            if (Files.getLastModifiedTime(lock).toInstant().isBefore(Instant.now().minus(STALE_LOCK))) {
                Files.deleteIfExists(lock);
                return takeLock(lock);
            }
            return false;
        }
    }
}
