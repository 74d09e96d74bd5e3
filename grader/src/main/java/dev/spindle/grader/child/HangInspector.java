package dev.spindle.grader.child;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.AbstractOwnableSynchronizer;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

/**
 * Explains a timeout. ThreadMXBean does not see virtual threads, so this reads the JDK's JSON thread dump
 * (monitors held and blocked on, for platform and virtual threads alike) and resolves the owners of parked-on
 * locks (ReentrantLock and friends) from the live Thread objects, which the dump does not name.
 */
final class HangInspector {

    private static final int MAX_THREADS_LISTED = 8;
    private static final int MAX_FRAMES = 4;

    private final String studentPackage;

    HangInspector(String studentPackage) {
        this.studentPackage = studentPackage;
    }

    HangReport inspect() {
        List<ThreadSnapshot> snapshots;
        try {
            snapshots = snapshot();
        } catch (Exception | LinkageError e) {
            return new HangReport(false, "(no thread dump: " + e + ")");
        }
        List<List<ThreadSnapshot>> cycles = new WaitForGraph(snapshots).cycles();
        if (!cycles.isEmpty()) {
            return new HangReport(true, describeDeadlock(cycles));
        }
        return new HangReport(false, describeRunning(snapshots));
    }

    private String describeDeadlock(List<List<ThreadSnapshot>> cycles) {
        StringBuilder out = new StringBuilder();
        for (List<ThreadSnapshot> cycle : cycles) {
            out.append("Deadlock: ").append(cycle.size()).append(" threads wait for each other.\n");
            for (int i = 0; i < cycle.size(); i++) {
                ThreadSnapshot t = cycle.get(i);
                ThreadSnapshot next = cycle.get((i + 1) % cycle.size());
                out.append("  ").append(t.label());
                if (!t.locksHeld().isEmpty()) {
                    out.append(" holds ").append(String.join(", ", t.locksHeld())).append(',');
                }
                out.append(" waits for ").append(t.waitsFor()).append(" held by ").append(next.label()).append('\n');
                appendFrames(out, t);
            }
        }
        return out.toString().stripTrailing();
    }

    private String describeRunning(List<ThreadSnapshot> snapshots) {
        List<ThreadSnapshot> students = snapshots.stream().filter(t -> firstStudentFrame(t) >= 0).toList();
        if (students.isEmpty()) {
            return "No thread was running your code when the time ran out.";
        }
        StringBuilder out = new StringBuilder("Threads still in your code when the time ran out:\n");
        students.stream().limit(MAX_THREADS_LISTED).forEach(t -> {
            out.append("  ").append(t.label()).append(' ').append(t.state());
            if (t.waitsFor() != null) {
                out.append(", waiting for ").append(t.waitsFor());
            }
            out.append('\n');
            appendFrames(out, t);
        });
        if (students.size() > MAX_THREADS_LISTED) {
            out.append("  … and ").append(students.size() - MAX_THREADS_LISTED).append(" more\n");
        }
        return out.toString().stripTrailing();
    }

    private void appendFrames(StringBuilder out, ThreadSnapshot t) {
        int first = Math.max(0, firstStudentFrame(t));
        t.stack().stream().skip(first).limit(MAX_FRAMES)
                .forEach(f -> out.append("      at ").append(Frames.describe(f)).append('\n'));
    }

    private int firstStudentFrame(ThreadSnapshot t) {
        for (int i = 0; i < t.stack().size(); i++) {
            if (t.stack().get(i).startsWith(studentPackage + ".")) {
                return i;
            }
        }
        return -1;
    }

    private List<ThreadSnapshot> snapshot() throws Exception {
        Path file = Files.createTempFile("spindle-threads", ".json");
        Files.delete(file);
        try {
            ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
                    .dumpThreads(file.toString(), HotSpotDiagnosticMXBean.ThreadDumpFormat.JSON);
            JsonNode dump = new ObjectMapper().readTree(file.toFile());
            return fromDump(dump, parkedOwners());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static List<ThreadSnapshot> fromDump(JsonNode dump, Map<Long, Owner> parked) {
        List<JsonNode> threads = new ArrayList<>();
        dump.path("threadDump").path("threadContainers").forEach(c -> c.path("threads").forEach(threads::add));
        Map<String, Long> monitorOwners = new HashMap<>();
        for (JsonNode t : threads) {
            long tid = t.path("tid").asLong();
            t.path("monitorsOwned").forEach(m -> m.path("locks").forEach(l -> monitorOwners.put(l.asText(), tid)));
        }
        List<ThreadSnapshot> snapshots = new ArrayList<>();
        for (JsonNode t : threads) {
            long tid = t.path("tid").asLong();
            List<String> held = new ArrayList<>();
            t.path("monitorsOwned").forEach(m -> m.path("locks").forEach(l -> held.add(shortLock(l.asText()))));
            String waitsFor = null;
            long owner = -1;
            if (t.hasNonNull("blockedOn")) {
                waitsFor = shortLock(t.get("blockedOn").asText());
                owner = monitorOwners.getOrDefault(t.get("blockedOn").asText(), -1L);
            } else if (t.has("parkBlocker")) {
                Owner parkedOn = parked.get(tid);
                waitsFor = shortLock(t.path("parkBlocker").path("object").asText());
                owner = parkedOn == null ? -1 : parkedOn.ownerTid();
            }
            if (owner == tid) {
                owner = -1;
            }
            List<String> stack = new ArrayList<>();
            t.path("stack").forEach(f -> stack.add(f.asText().substring(f.asText().indexOf('/') + 1)));
            snapshots.add(new ThreadSnapshot(tid, t.path("name").asText(""), t.path("virtual").asBoolean(false),
                    t.path("state").asText(""), held, waitsFor, owner, stack));
        }
        return snapshots;
    }

    /** {@code java.util.concurrent.locks.ReentrantLock$NonfairSync@1be6f5c3[State = 1…]} → {@code ReentrantLock@1be6f5c3}. */
    private static String shortLock(String lock) {
        String s = lock.replaceFirst("\\[.*$", "");
        s = s.substring(s.lastIndexOf('.') + 1);
        return s.replaceFirst("\\$(Nonfair|Fair)?Sync@", "@");
    }

    private record Owner(long ownerTid) {}

    /** Parked thread id → owner of the synchronizer it is parked on, for exclusive-owner locks. */
    private static Map<Long, Owner> parkedOwners() {
        Map<Long, Owner> owners = new HashMap<>();
        Method getOwner;
        try {
            getOwner = AbstractOwnableSynchronizer.class.getDeclaredMethod("getExclusiveOwnerThread");
            getOwner.setAccessible(true);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return owners;
        }
        allThreads().forEach(t -> {
            if (LockSupport.getBlocker(t) instanceof AbstractOwnableSynchronizer sync) {
                try {
                    if (getOwner.invoke(sync) instanceof Thread owner) {
                        owners.put(t.threadId(), new Owner(owner.threadId()));
                    }
                } catch (ReflectiveOperationException e) {
                    // leave the owner unknown
                }
            }
        });
        return owners;
    }

    /** Platform and virtual threads, via the JDK's thread containers when exported to us; else platform only. */
    private static Stream<Thread> allThreads() {
        try {
            Class<?> containers = Class.forName("jdk.internal.vm.ThreadContainers");
            Class<?> container = Class.forName("jdk.internal.vm.ThreadContainer");
            Method threads = container.getMethod("threads");
            Method children = container.getMethod("children");
            List<Thread> all = new ArrayList<>();
            Deque<Object> queue = new ArrayDeque<>(List.of(containers.getMethod("root").invoke(null)));
            while (!queue.isEmpty()) {
                Object c = queue.pop();
                ((Stream<?>) children.invoke(c)).forEach(queue::add);
                ((Stream<?>) threads.invoke(c)).forEach(t -> all.add((Thread) t));
            }
            return all.stream();
        } catch (ReflectiveOperationException | RuntimeException e) {
            return Thread.getAllStackTraces().keySet().stream();
        }
    }
}
