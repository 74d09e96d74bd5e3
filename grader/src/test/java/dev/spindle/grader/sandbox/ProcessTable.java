package dev.spindle.grader.sandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Reads /proc to find live (non-zombie) processes: what a submission may have left behind. */
public final class ProcessTable {

    /** One live process: pid, real uid and command line. */
    public record Entry(long pid, int uid, String commandLine) {}

    private ProcessTable() {}

    public static List<Entry> live() {
        List<Entry> entries = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(Path.of("/proc"))) {
            for (Path dir : dirs.filter(d -> d.getFileName().toString().chars().allMatch(Character::isDigit)).toList()) {
                try {
                    List<String> status = Files.readAllLines(dir.resolve("status"));
                    if (status.stream().anyMatch(l -> l.startsWith("State:") && (l.contains("Z") || l.contains("X")))) {
                        continue;
                    }
                    int uid = status.stream().filter(l -> l.startsWith("Uid:")).map(l -> Integer.parseInt(l.split("\\s+")[1]))
                            .findFirst().orElse(-1);
                    String cmd = new String(Files.readAllBytes(dir.resolve("cmdline")), StandardCharsets.UTF_8).replace('\0', ' ').strip();
                    entries.add(new Entry(Long.parseLong(dir.getFileName().toString()), uid, cmd));
                } catch (IOException | RuntimeException e) {
                    // the process ended while we looked
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return entries;
    }

    /** Waits up to {@code millis} for no live process to match; returns those still matching. */
    public static List<Entry> awaitNone(Predicate<Entry> matcher, long millis) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000;
        List<Entry> left;
        do {
            left = live().stream().filter(matcher).toList();
            if (left.isEmpty()) {
                return left;
            }
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        return left;
    }

    /** Processes owned by a sandbox uid of the grader process with this pid. */
    public static boolean sandboxUidOf(long graderPid, Entry e) {
        return SandboxUids.ownedBy(graderPid, e.uid());
    }

    /** Processes owned by a sandbox uid of this grader process. */
    public static boolean sandboxUid(Entry e) {
        return SandboxUids.ours(e.uid());
    }
}
