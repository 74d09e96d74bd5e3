package dev.spindle.lessons.lab;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a Java program in a fresh JVM, for the lessons that depend on how a JVM starts or ends (daemon threads,
 * {@code System.exit}, CDS and AOT caches, {@code -Xint}, scheduler properties). The notebook's own JVM never
 * exits, so these effects can only be seen in a child.
 *
 * <p>The child is always bounded: after {@link #timeout} it is killed with its whole process tree, and it is
 * killed in any case before {@link #run} returns. Output lines (stdout and stderr merged) are read on the
 * calling thread, so a cell that streams them prints them as its own output.
 *
 * <pre>{@code
 * var r = ChildJvm.source("class Hi { public static void main(String[] a) { System.out.println(42); } }")
 *                 .flags("-Xint").timeout(Duration.ofSeconds(10)).run();
 * r.output();   // "42\n"
 * }</pre>
 */
public final class ChildJvm {

    private static final Pattern CLASS_NAME =
            Pattern.compile("(?m)^\\s*(?:public\\s+|final\\s+|abstract\\s+)*(?:class|record|enum|interface)\\s+(\\w+)");

    private final String source;
    private final Path mainFile;
    private final List<String> flags = new ArrayList<>();
    private final List<String> args = new ArrayList<>();
    private Duration timeout = Duration.ofSeconds(30);
    private Consumer<String> lineSink = line -> { };
    private Path workDir;

    private ChildJvm(String source, Path mainFile) {
        this.source = source;
        this.mainFile = mainFile;
    }

    /**
     * A single-file program (JEP 330): the first top-level class with a {@code main} method. Its source is written
     * to a temporary folder as {@code <FirstClassName>.java}.
     */
    public static ChildJvm source(String javaSource) {
        return new ChildJvm(Objects.requireNonNull(javaSource), null);
    }

    /** A class already compiled or a jar: {@code flags} must then carry the class path and the main class. */
    public static ChildJvm command() {
        return new ChildJvm(null, null);
    }

    /** The {@code java} launcher of the JVM this code runs in. */
    public static Path javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    /** JVM options, placed before the program (e.g. {@code -Xint}, {@code -XX:AOTCache=app.aot}). */
    public ChildJvm flags(String... jvmFlags) {
        flags.addAll(List.of(jvmFlags));
        return this;
    }

    /** Program arguments, placed after the program. */
    public ChildJvm args(String... programArgs) {
        args.addAll(List.of(programArgs));
        return this;
    }

    public ChildJvm timeout(Duration limit) {
        if (limit.isNegative() || limit.isZero()) throw new IllegalArgumentException("timeout must be positive");
        this.timeout = limit;
        return this;
    }

    /** Called with every output line as it arrives, e.g. {@code System.out::println} to stream into the cell. */
    public ChildJvm onLine(Consumer<String> sink) {
        this.lineSink = Objects.requireNonNull(sink);
        return this;
    }

    /** Working directory of the child (default: a new temporary folder). */
    public ChildJvm workDir(Path dir) {
        this.workDir = dir;
        return this;
    }

    /** The command line {@link #run} would start (the source file path is a placeholder until then). */
    public List<String> commandLine() {
        return commandLine(mainFile == null && source != null ? Path.of(className(source) + ".java") : mainFile);
    }

    private List<String> commandLine(Path file) {
        List<String> cmd = new ArrayList<>();
        cmd.add(javaBin().toString());
        cmd.addAll(flags);
        if (file != null) cmd.add(file.toString());
        cmd.addAll(args);
        return cmd;
    }

    /** Starts the child, waits for it (at most the timeout), and always leaves no process of its tree behind. */
    public Result run() {
        try {
            Path dir = workDir != null ? workDir : Files.createTempDirectory("spindle-child-");
            Path file = null;
            if (source != null) {
                file = dir.resolve(className(source) + ".java");
                Files.writeString(file, source);
            }
            return start(commandLine(file), dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Result start(List<String> cmd, Path dir) throws IOException {
        long started = System.nanoTime();
        Process process = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        AtomicBoolean killed = new AtomicBoolean();
        Thread watchdog = Thread.ofVirtual().name("child-jvm-watchdog").start(() -> {
            try {
                if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    killed.set(true);
                    killTree(process);
                }
            } catch (InterruptedException e) {
                // run() is finishing; its finally kills the tree
            }
        });
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                lines.add(line);
                lineSink.accept(line);
            }
            boolean exited = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
            boolean timedOut = killed.get() || !exited;
            return new Result(cmd, timedOut ? -1 : process.exitValue(), timedOut, List.copyOf(lines), elapsed);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(cmd, -1, true, List.copyOf(lines), Duration.ofNanos(System.nanoTime() - started));
        } finally {
            killTree(process);
            watchdog.interrupt();
        }
    }

    private static void killTree(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    static String className(String javaSource) {
        Matcher m = CLASS_NAME.matcher(javaSource);
        if (!m.find()) throw new IllegalArgumentException("no top-level class, record, enum or interface in the source");
        return m.group(1);
    }

    /**
     * What the child did.
     *
     * @param exitCode the exit status, or -1 when it had to be killed
     * @param timedOut true when the child ran into the time limit and was killed
     * @param lines    stdout and stderr, merged, line by line
     * @param elapsed  wall time from start until the output ended and the process exited
     */
    public record Result(List<String> command, int exitCode, boolean timedOut, List<String> lines, Duration elapsed) {

        public String output() {
            return lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
        }

        public boolean ok() {
            return exitCode == 0 && !timedOut;
        }

        /** Lines that contain {@code text}. */
        public List<String> grep(String text) {
            return lines.stream().filter(l -> l.contains(text)).toList();
        }

        public long millis() {
            return elapsed.toMillis();
        }
    }
}
