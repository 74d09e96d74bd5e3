package dev.spindle.kernel.bridge;

import dev.spindle.kernel.link.EngineRequest;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Makes the AOT cache once: runs a throwaway engine with {@code -XX:AOTCacheOutput} through a typical
 * session (cells, an error, completion, inspection), ends it normally so the JDK writes the cache, and moves
 * the file into place. Runs at low CPU priority when {@code nice} is available; one training per cache file at
 * a time, guarded by a lock file that names the training process. (Repeating the session forty times, for
 * richer method profiles in the cache, made no difference to the first cells' latency here, so it runs once.)
 */
public final class AotTraining {

    private static final Duration STALE_LOCK = Duration.ofMinutes(10);
    private static final Duration RETRY_AFTER_FAILURE = Duration.ofHours(1);
    private static final int CACHES_KEPT = 4;
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

    /**
     * Trains the cache for the engine settings of this JVM ({@link EngineSettings#fromEnvironment()}), unless it
     * exists. For {@code ./spindle install}, {@code bench} and {@code test}, and for the detached process a
     * kernel starts; exit status 0 when the cache exists afterwards, 1 when it could not be made, 2 when there
     * is nothing to cache (turned off, or a class path folder).
     */
    public static void main(String[] args) {
        EngineSettings settings = EngineSettings.fromEnvironment();
        Optional<AotCache> cache = settings.aotCache();
        if (cache.isEmpty()) {
            System.out.println("spindle: no engine AOT cache for these settings (turned off, or a class path folder)");
            System.exit(2);
        }
        boolean made = cache.get().exists() || new AotTraining(settings, cache.get(), System.out).run();
        System.out.println(made ? "spindle: engine AOT cache ready: " + cache.get().file()
                : "spindle: could not make the engine AOT cache " + cache.get().file());
        System.exit(made ? 0 : 1);
    }

    /**
     * Starts {@link #main} as a process of its own session, so that it outlives a kernel that is shut down or
     * killed with its process group before the training ends (a kernel's life in a test is a few seconds).
     * Its output goes to a log beside the cache.
     */
    static void startDetached(AotCache cache, PrintStream log) {
        Path logFile = cache.file().resolveSibling(cache.file().getFileName() + ".log");
        List<String> command = new ArrayList<>();
        Path setsid = Path.of("/usr/bin/setsid");
        if (Files.isExecutable(setsid)) {
            command.add(setsid.toString());
        }
        command.add(EngineSettings.currentJava().toString());
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), AotTraining.class.getName()));
        try {
            Files.createDirectories(cache.file().getParent());
            new ProcessBuilder(command)
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                    .redirectErrorStream(true)
                    .redirectOutput(logFile.toFile())
                    .start();
        } catch (IOException e) {
            log.println("spindle: could not start making the engine AOT cache: " + e);
        }
    }

    /** Returns whether the cache exists afterwards. */
    boolean run() {
        Path file = cache.file();
        Path lock = sibling(".training");
        Path partial = sibling(".partial");
        Path failed = sibling(".failed");
        try {
            Files.createDirectories(file.getParent());
            if (recentlyFailed(failed) || !takeLock(lock)) {
                return cache.exists();
            }
            try {
                Files.deleteIfExists(partial);
                log.println("spindle: making the engine AOT cache " + file);
                train(partial);
                if (Files.isRegularFile(partial) && Files.size(partial) > 0) {
                    Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                    Files.deleteIfExists(failed);
                } else {
                    Files.writeString(failed, Instant.now() + " the training run wrote no cache\n");
                }
            } finally {
                Files.deleteIfExists(partial);
                Files.deleteIfExists(sibling(".partial.config"));
                Files.deleteIfExists(lock);
            }
            new AotCacheFolder(file.getParent()).prune(file, CACHES_KEPT, STALE_LOCK);
        } catch (IOException | RuntimeException e) {
            log.println("spindle: could not make the engine AOT cache: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return cache.exists();
    }

    private Path sibling(String suffix) {
        return cache.file().resolveSibling(cache.file().getFileName() + suffix);
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

    private static boolean recentlyFailed(Path failed) throws IOException {
        return Files.exists(failed)
                && Files.getLastModifiedTime(failed).toInstant().isAfter(Instant.now().minus(RETRY_AFTER_FAILURE));
    }

    /** The lock holds the pid of its process: a lock whose process is gone, or that is old, is taken over. */
    private static boolean takeLock(Path lock) throws IOException {
        String mine = Long.toString(ProcessHandle.current().pid());
        try {
            Files.writeString(lock, mine, StandardCharsets.US_ASCII, java.nio.file.StandardOpenOption.CREATE_NEW,
                    java.nio.file.StandardOpenOption.WRITE);
            return true;
        } catch (java.nio.file.FileAlreadyExistsException e) {
            if (AotCacheFolder.isStaleLock(lock, STALE_LOCK)) {
                Files.deleteIfExists(lock);
                return takeLock(lock);
            }
            return false;
        }
    }
}
