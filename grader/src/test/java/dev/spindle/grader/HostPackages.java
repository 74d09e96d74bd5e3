package dev.spindle.grader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Installs the Debian packages the integration tests need, when they are missing and the tests run as root. */
public final class HostPackages {

    private static boolean updated;

    private HostPackages() {}

    public static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** @return true when {@code binary} exists afterwards */
    public static synchronized boolean ensure(String binary, String debianPackage) {
        if (Files.isExecutable(Path.of(binary))) {
            return true;
        }
        if (!isRoot() || !Files.isExecutable(Path.of("/usr/bin/apt-get"))) {
            return false;
        }
        if (!run(List.of("apt-get", "install", "-y", "-q", debianPackage)) && !updated) {
            updated = true;
            run(List.of("apt-get", "update", "-q"));
            run(List.of("apt-get", "install", "-y", "-q", debianPackage));
        }
        return Files.isExecutable(Path.of(binary));
    }

    private static boolean run(List<String> command) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD);
            builder.environment().put("DEBIAN_FRONTEND", "noninteractive");
            Process p = builder.start();
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                return false;
            }
            return p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
