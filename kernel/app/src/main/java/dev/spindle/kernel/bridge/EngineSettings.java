package dev.spindle.kernel.bridge;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.spindle.kernel.engine.EngineMain;
import dev.spindle.runtime.Display;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * How to start the engine JVM.
 *
 * <ul>
 *   <li>{@code javaCommand}: the {@code java} binary; by default the one this kernel runs on.</li>
 *   <li>{@code engineClassPath}: the engine's JVM class path (kernel classes, Jackson, the runtime, extras).</li>
 *   <li>{@code cellClassPath}: what cells compile against (the runtime and the extras).</li>
 *   <li>{@code jvmOptions}: flags for teaching plus any extra options.</li>
 * </ul>
 *
 * <p>{@link #fromEnvironment()} reads two knobs, a system property first, else an environment variable:
 * <ul>
 *   <li>{@value #EXTRA_CLASS_PATH_PROPERTY} / {@value #EXTRA_CLASS_PATH_ENV}: extra class path entries for
 *       cells, separated by {@link File#pathSeparator} (the lessons library jar goes here);</li>
 *   <li>{@value #JAVA_OPTIONS_PROPERTY} / {@value #JAVA_OPTIONS_ENV}: extra engine JVM options, separated by
 *       spaces (for example {@code -Xmx2g});</li>
 *   <li>{@code spindle.engine.aotCache} / {@code SPINDLE_ENGINE_AOT_CACHE}: where the engine's AOT cache
 *       goes ({@code off} to never use one); by default {@code ~/.cache/spindle}. When missing, the cache is
 *       made once, in the background, after the first engine started.</li>
 * </ul>
 */
public record EngineSettings(Path javaCommand, List<String> engineClassPath, List<String> cellClassPath,
                             List<String> jvmOptions, Duration startTimeout, Duration interruptTimeout,
                             Path aotCacheDirectory, boolean trainAotCache) {

    public static final String EXTRA_CLASS_PATH_PROPERTY = "spindle.engine.classpath";
    public static final String EXTRA_CLASS_PATH_ENV = "SPINDLE_ENGINE_CLASSPATH";
    public static final String JAVA_OPTIONS_PROPERTY = "spindle.engine.javaOptions";
    public static final String JAVA_OPTIONS_ENV = "SPINDLE_ENGINE_JAVA_OPTS";

    /** Safe for every notebook: internal VM API for the continuation demos, preview APIs, virtual-thread tracking;
     *  JShell opened to the engine itself. */
    public static final List<String> TEACHING_OPTIONS = List.of(
            "--add-exports", "java.base/jdk.internal.vm=ALL-UNNAMED",
            // the engine forgets the class files of replaced snippets (SnippetClassFiles)
            "--add-opens", "jdk.jshell/jdk.jshell=ALL-UNNAMED",
            "--enable-native-access=ALL-UNNAMED",
            "--enable-preview",
            "-Djdk.trackAllThreads=true",
            "-XX:+ExitOnOutOfMemoryError",
            "-XX:+UseSerialGC",
            "-XX:-UsePerfData",
            "-Dfile.encoding=UTF-8",
            "-Dstdout.encoding=UTF-8",
            "-Dstderr.encoding=UTF-8");

    public EngineSettings {
        engineClassPath = List.copyOf(engineClassPath);
        cellClassPath = List.copyOf(cellClassPath);
        jvmOptions = List.copyOf(jvmOptions);
    }

    public static EngineSettings fromEnvironment() {
        List<String> extra = split(setting(EXTRA_CLASS_PATH_PROPERTY, EXTRA_CLASS_PATH_ENV), File.pathSeparator);
        List<String> options = new ArrayList<>(TEACHING_OPTIONS);
        options.addAll(split(setting(JAVA_OPTIONS_PROPERTY, JAVA_OPTIONS_ENV), " "));
        String runtime = locationOf(Display.class);
        LinkedHashSet<String> engine = new LinkedHashSet<>(List.of(locationOf(EngineMain.class),
                locationOf(ObjectMapper.class), locationOf(JsonFactory.class), locationOf(JsonTypeInfo.class), runtime));
        engine.addAll(extra);
        List<String> cells = new ArrayList<>();
        cells.add(runtime);
        cells.addAll(extra);
        return new EngineSettings(currentJava(), List.copyOf(engine), cells, options,
                Duration.ofSeconds(60), Duration.ofSeconds(3), AotCache.directoryFromEnvironment(), true);
    }

    public EngineSettings withJvmOptions(List<String> more) {
        List<String> options = new ArrayList<>(jvmOptions);
        options.addAll(more);
        return new EngineSettings(javaCommand, engineClassPath, cellClassPath, options, startTimeout, interruptTimeout,
                aotCacheDirectory, trainAotCache);
    }

    /** {@code directory} null: no AOT cache at all; {@code train}: make it when missing. */
    public EngineSettings withAotCache(Path directory, boolean train) {
        return new EngineSettings(javaCommand, engineClassPath, cellClassPath, jvmOptions, startTimeout, interruptTimeout,
                directory, train);
    }

    java.util.Optional<AotCache> aotCache() {
        return AotCache.forSettings(javaCommand, engineClassPath, jvmOptions, aotCacheDirectory);
    }

    static Path currentJava() {
        return ProcessHandle.current().info().command().map(Path::of)
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java"));
    }

    private static String locationOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the classes of " + type, e);
        }
    }

    private static String setting(String property, String env) {
        return Optional.ofNullable(System.getProperty(property)).orElseGet(() -> System.getenv(env));
    }

    private static List<String> split(String value, String separator) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(java.util.regex.Pattern.quote(separator))).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }
}
