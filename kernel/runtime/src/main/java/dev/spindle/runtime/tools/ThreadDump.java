package dev.spindle.runtime.tools;

import com.sun.management.HotSpotDiagnosticMXBean;
import dev.spindle.runtime.Mime;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A live dump of every thread of this JVM, platform and virtual, for {@code %threads}. Virtual threads come
 * from the JDK's JSON thread dump (they are not in {@link ThreadMXBean}); deadlocks from
 * {@link ThreadMXBean#findDeadlockedThreads()}, which sees monitor and lock cycles of platform threads.
 */
public final class ThreadDump {

    /** One thread. {@code state} may be empty for a virtual thread on JDKs whose dump omits it. */
    public record Entry(long id, String name, boolean virtual, String state, boolean deadlocked, String waitingFor,
                        List<String> stack) {
    }

    private static final int FRAMES_SHOWN = 8;

    private ThreadDump() {
    }

    /** The dump as text and as an HTML table; deadlocked threads are marked. */
    public static Mime capture() {
        List<Entry> threads = threads();
        return Mime.builder().text(text(threads)).html(html(threads)).build();
    }

    public static List<Entry> threads() {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long[] deadlockedIds = mx.findDeadlockedThreads();
        Set<Long> deadlocked = new HashSet<>();
        if (deadlockedIds != null) {
            for (long id : deadlockedIds) {
                deadlocked.add(id);
            }
        }
        Map<Long, ThreadInfo> platform = new HashMap<>();
        for (ThreadInfo info : mx.getThreadInfo(mx.getAllThreadIds(), 0)) {
            if (info != null) {
                platform.put(info.getThreadId(), info);
            }
        }
        List<Entry> entries = new ArrayList<>();
        for (Map<String, Object> thread : dumpedThreads()) {
            long id = Long.parseLong(String.valueOf(thread.get("tid")));
            ThreadInfo info = platform.get(id);
            boolean virtual = info == null || Boolean.TRUE.equals(thread.get("virtual"));
            String state = info != null ? info.getThreadState().name() : String.valueOf(thread.getOrDefault("state", ""));
            String waitingFor = info != null && info.getLockName() != null
                    ? info.getLockName() + (info.getLockOwnerName() != null ? " held by \"" + info.getLockOwnerName() + "\"" : "")
                    : "";
            @SuppressWarnings("unchecked")
            List<Object> stack = (List<Object>) thread.getOrDefault("stack", List.of());
            entries.add(new Entry(id, String.valueOf(thread.get("name")), virtual, state, deadlocked.contains(id),
                    waitingFor, stack.stream().map(String::valueOf).toList()));
        }
        return entries;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> dumpedThreads() {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("spindle-threads-");
            Path file = folder.resolve("dump.json");
            ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
                    .dumpThreads(file.toString(), HotSpotDiagnosticMXBean.ThreadDumpFormat.JSON);
            Map<String, Object> root = (Map<String, Object>) JsonReader.parse(Files.readString(file));
            Map<String, Object> dump = (Map<String, Object>) root.get("threadDump");
            List<Map<String, Object>> threads = new ArrayList<>();
            for (Object container : (List<Object>) dump.get("threadContainers")) {
                threads.addAll((List<Map<String, Object>>) ((Map<String, Object>) container).get("threads"));
            }
            return threads;
        } catch (IOException e) {
            throw new IllegalStateException("cannot dump the threads: " + e.getMessage(), e);
        } finally {
            if (folder != null) {
                folder.resolve("dump.json").toFile().delete();
                folder.toFile().delete();
            }
        }
    }

    static String text(List<Entry> threads) {
        long virtual = threads.stream().filter(Entry::virtual).count();
        long deadlocked = threads.stream().filter(Entry::deadlocked).count();
        StringBuilder out = new StringBuilder();
        out.append(threads.size()).append(" threads (").append(threads.size() - virtual).append(" platform, ")
                .append(virtual).append(" virtual)");
        out.append(deadlocked > 0 ? ", " + deadlocked + " DEADLOCKED\n" : ", no deadlock\n");
        for (Entry thread : threads) {
            out.append('\n').append(thread.deadlocked() ? "DEADLOCKED " : "").append('#').append(thread.id())
                    .append(" \"").append(thread.name()).append("\" ").append(thread.virtual() ? "virtual" : "platform")
                    .append(thread.state().isEmpty() ? "" : " " + thread.state());
            if (!thread.waitingFor().isEmpty()) {
                out.append(" waiting for ").append(thread.waitingFor());
            }
            out.append('\n');
            thread.stack().stream().limit(FRAMES_SHOWN).forEach(frame -> out.append("    at ").append(frame).append('\n'));
            if (thread.stack().size() > FRAMES_SHOWN) {
                out.append("    ... ").append(thread.stack().size() - FRAMES_SHOWN).append(" more\n");
            }
        }
        return out.toString();
    }

    static String html(List<Entry> threads) {
        StringBuilder out = new StringBuilder("<table><thead><tr><th>id</th><th>name</th><th>kind</th><th>state</th>"
                + "<th>waiting for</th><th>top frames</th></tr></thead><tbody>");
        for (Entry thread : threads) {
            out.append(thread.deadlocked() ? "<tr style=\"background:#fdd\">" : "<tr>")
                    .append("<td>").append(thread.id()).append("</td><td>").append(escape(thread.name()))
                    .append(thread.deadlocked() ? " <b>DEADLOCKED</b>" : "").append("</td><td>")
                    .append(thread.virtual() ? "virtual" : "platform").append("</td><td>").append(escape(thread.state()))
                    .append("</td><td>").append(escape(thread.waitingFor())).append("</td><td><code>")
                    .append(String.join("<br>", thread.stack().stream().limit(3).map(ThreadDump::escape).toList()))
                    .append("</code></td></tr>");
        }
        return out.append("</tbody></table>").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
