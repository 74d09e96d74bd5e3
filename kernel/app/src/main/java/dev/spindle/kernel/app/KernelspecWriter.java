package dev.spindle.kernel.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.spindle.kernel.bridge.EngineSettings;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes the {@code kernel.json} of the {@code spindle} kernelspec. Paths are absolute (no {@code {resource_dir}}),
 * because some front ends do not substitute it, and the JDK is pinned so the kernel never runs on an older Java.
 *
 * <p>Usage: {@code KernelspecWriter --java JAVA --dir INSTALLED_DIR --staging STAGING_DIR [--spindle-home DIR]};
 * the Spindle folder, when given, becomes {@code -Dspindle.home} so that {@code %grade} finds the grader.
 */
public final class KernelspecWriter {

    static final String DISPLAY_NAME = "Java 25 (Spindle)";

    /** Flags for the kernel JVM, which only speaks the protocol: start fast, stay small. */
    static final List<String> KERNEL_JVM_FLAGS = List.of(
            "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC",
            "-Xms32m",
            "-XX:-UsePerfData");

    private KernelspecWriter() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> options = parse(args);
        Path installedDir = Path.of(options.get("--dir")).toAbsolutePath();
        Path staging = Path.of(options.get("--staging")).toAbsolutePath();
        Files.writeString(staging.resolve("kernel.json"),
                toJson(kernelspec(options.get("--java"), installedDir, staging, options.get("--spindle-home"))));
    }

    /**
     * The spec for a kernelspec folder being assembled in {@code staging} and then moved to {@code installedDir}:
     * {@code lib/} holds the kernel's jars, {@code cells/} the jars cells may use (the lessons library and its
     * dependencies), {@code kernel.aot} an optional AOT cache of the kernel JVM.
     */
    static Map<String, Object> kernelspec(String java, Path installedDir, Path staging) throws IOException {
        return kernelspec(java, installedDir, staging, null);
    }

    static Map<String, Object> kernelspec(String java, Path installedDir, Path staging, String spindleHome)
            throws IOException {
        List<String> argv = new ArrayList<>();
        argv.add(java);
        argv.addAll(KERNEL_JVM_FLAGS);
        if (spindleHome != null && !spindleHome.isBlank()) {
            argv.add("-Dspindle.home=" + Path.of(spindleHome).toAbsolutePath().normalize());
        }
        if (Files.isRegularFile(staging.resolve("kernel.aot"))) {
            argv.add("-XX:AOTCache=" + installedDir.resolve("kernel.aot"));
        }
        List<String> cellJars = jarNames(staging.resolve("cells")).stream()
                .map(name -> installedDir.resolve("cells").resolve(name).toString())
                .toList();
        if (!cellJars.isEmpty()) {
            argv.add("-D" + EngineSettings.EXTRA_CLASS_PATH_PROPERTY + "=" + String.join(File.pathSeparator, cellJars));
        }
        argv.addAll(List.of("-cp", installedDir.resolve("lib") + File.separator + "*",
                KernelMain.class.getName(), "-f", "{connection_file}"));

        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("argv", argv);
        spec.put("display_name", DISPLAY_NAME);
        spec.put("language", "java");
        spec.put("interrupt_mode", "message");
        spec.put("env", Map.of());
        spec.put("metadata", Map.of("debugger", false));
        return spec;
    }

    private static List<String> jarNames(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".jar")).sorted().toList();
        }
    }

    static String toJson(Map<String, Object> spec) throws IOException {
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(spec) + "\n";
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        for (String required : List.of("--java", "--dir", "--staging")) {
            if (!options.containsKey(required)) {
                throw new IllegalArgumentException("KernelspecWriter needs " + required
                        + "; usage: --java JAVA --dir INSTALLED_DIR --staging STAGING_DIR");
            }
        }
        return options;
    }
}
