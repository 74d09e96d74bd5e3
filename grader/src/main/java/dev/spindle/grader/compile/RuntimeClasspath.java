package dev.spindle.grader.compile;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The jars the child JVM needs (grader, JUnit Platform + Jupiter, Jackson for thread dumps), found from the
 * grader's own classes rather than from java.class.path, which may be a test runner's booter jar.
 */
public final class RuntimeClasspath {

    private static final List<String> ANCHOR_CLASSES = List.of(
            "dev.spindle.grader.child.ChildMain",
            "org.junit.platform.launcher.core.LauncherFactory",
            "org.junit.platform.engine.TestEngine",
            "org.junit.platform.commons.util.ReflectionUtils",
            "org.junit.jupiter.api.Test",
            "org.junit.jupiter.engine.JupiterTestEngine",
            "org.junit.jupiter.params.ParameterizedTest",
            "org.opentest4j.AssertionFailedError",
            "org.apiguardian.api.API",
            "org.jspecify.annotations.Nullable",
            "com.fasterxml.jackson.databind.ObjectMapper",
            "com.fasterxml.jackson.core.JsonParser",
            "com.fasterxml.jackson.annotation.JsonProperty");

    private static final List<Path> ENTRIES = locate();

    private RuntimeClasspath() {}

    public static List<Path> entries() {
        return ENTRIES;
    }

    public static String joined(List<Path> classFolders) {
        Set<String> all = new LinkedHashSet<>();
        ENTRIES.forEach(p -> all.add(p.toString()));
        classFolders.forEach(p -> all.add(p.toString()));
        return String.join(File.pathSeparator, all);
    }

    private static List<Path> locate() {
        Set<Path> found = new LinkedHashSet<>();
        for (String name : ANCHOR_CLASSES) {
            try {
                var source = Class.forName(name, false, RuntimeClasspath.class.getClassLoader())
                        .getProtectionDomain().getCodeSource();
                if (source != null) {
                    found.add(Path.of(source.getLocation().toURI()));
                }
            } catch (ClassNotFoundException | URISyntaxException e) {
                // optional entries (jspecify) may be absent; the child reports any class it truly misses
            }
        }
        return List.copyOf(found);
    }
}
