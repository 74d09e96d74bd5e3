package dev.spindle.grader.child;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads the student's classes, the visible tests and the hidden tests into one runtime package (the tests use
 * package-private hooks). Student and visible-test classes come from read-only folders; hidden test classes
 * arrive as bytes on stdin, are all defined before any student code runs, and the bytes are then dropped, so
 * no file, resource or field is left to read them back from.
 */
final class SubmissionClassLoader extends ClassLoader {

    private final List<Path> folders;
    private final Map<String, byte[]> hiddenBytes;
    private final Set<String> hiddenNames;

    SubmissionClassLoader(List<Path> folders, Map<String, byte[]> hiddenClasses, ClassLoader parent) {
        super(parent);
        this.folders = List.copyOf(folders);
        this.hiddenBytes = new HashMap<>(hiddenClasses);
        this.hiddenNames = Set.copyOf(hiddenClasses.keySet());
    }

    /** Defines every hidden class now (loading, not initialising: no student code runs), then forgets the bytes. */
    void defineHiddenClassesAndForgetBytes() {
        for (String name : List.copyOf(hiddenNames)) {
            try {
                loadClass(name);
            } catch (ClassNotFoundException | LinkageError e) {
                // reported by JUnit when the class is selected
            }
        }
        synchronized (hiddenBytes) {
            hiddenBytes.values().forEach(b -> Arrays.fill(b, (byte) 0));
            hiddenBytes.clear();
        }
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes;
        synchronized (hiddenBytes) {
            bytes = hiddenBytes.get(name);
        }
        if (bytes == null && !hiddenNames.contains(name)) {
            bytes = readFromFolders(name.replace('.', '/') + ".class");
        }
        if (bytes == null) {
            throw new ClassNotFoundException(name);
        }
        return defineClass(name, bytes, 0, bytes.length);
    }

    private byte[] readFromFolders(String resource) {
        for (Path folder : folders) {
            Path file = folder.resolve(resource);
            if (Files.isRegularFile(file)) {
                try {
                    return Files.readAllBytes(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return null;
    }

    @Override
    protected URL findResource(String name) {
        List<URL> found = localResources(name);
        return found.isEmpty() ? null : found.getFirst();
    }

    @Override
    protected Enumeration<URL> findResources(String name) {
        return Collections.enumeration(localResources(name));
    }

    private List<URL> localResources(String name) {
        List<URL> urls = new ArrayList<>();
        if (name.endsWith(".class") && hiddenNames.contains(name.substring(0, name.length() - 6).replace('/', '.'))) {
            return urls;
        }
        for (Path folder : folders) {
            Path file = folder.resolve(name).normalize();
            if (file.startsWith(folder) && Files.exists(file)) {
                try {
                    urls.add(file.toUri().toURL());
                } catch (MalformedURLException e) {
                    // not reachable for file paths
                }
            }
        }
        return urls;
    }
}
