package dev.spindle.kernel.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the {@code kernel.json} of the {@code spindle} kernelspec. Paths are absolute (no {@code {resource_dir}}),
 * because some front ends do not substitute it, and the JDK is pinned so the kernel never runs on an older Java.
 *
 * <p>Usage: {@code KernelspecWriter --java JAVA --dir INSTALLED_DIR --out FILE}
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
        Path out = Path.of(options.get("--out"));
        Files.writeString(out, toJson(kernelspec(options.get("--java"), installedDir)));
    }

    static Map<String, Object> kernelspec(String java, Path installedDir) {
        List<String> argv = new ArrayList<>();
        argv.add(java);
        argv.addAll(KERNEL_JVM_FLAGS);
        Path aotCache = installedDir.resolve("kernel.aot");
        if (Files.isRegularFile(aotCache)) {
            argv.add("-XX:AOTCache=" + aotCache);
        }
        argv.addAll(List.of("-cp", installedDir.resolve("lib") + "/*", "dev.spindle.kernel.app.KernelMain", "-f", "{connection_file}"));

        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("argv", argv);
        spec.put("display_name", DISPLAY_NAME);
        spec.put("language", "java");
        spec.put("interrupt_mode", "message");
        spec.put("env", Map.of());
        spec.put("metadata", Map.of("debugger", false));
        return spec;
    }

    static String toJson(Map<String, Object> spec) throws IOException {
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(spec) + "\n";
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        for (String required : List.of("--java", "--dir", "--out")) {
            if (!options.containsKey(required)) {
                throw new IllegalArgumentException("KernelspecWriter needs " + required
                        + "; usage: --java JAVA --dir INSTALLED_DIR --out FILE");
            }
        }
        return options;
    }
}
