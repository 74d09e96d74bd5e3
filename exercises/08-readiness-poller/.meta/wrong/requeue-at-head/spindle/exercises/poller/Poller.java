package spindle.exercises.poller;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Wrong: re-queues LEVEL fds at the head: with maxEvents smaller than the ready set, the same fds are reported every time and the rest starve. */
public final class Poller {

    public enum Mode { LEVEL, EDGE, ONESHOT }

    private static final class Watch {
        final Mode mode;
        boolean enabled = true;
        boolean queued;

        Watch(Mode mode) {
            this.mode = mode;
        }
    }

    private final Map<Integer, Integer> buffers = new HashMap<>();
    private final Map<Integer, Watch> watches = new HashMap<>();
    private final ArrayDeque<Integer> ready = new ArrayDeque<>();

    public void register(int fd, Mode mode) {
        if (watches.containsKey(fd)) {
            throw new IllegalArgumentException("fd " + fd + " already registered");
        }
        watches.put(fd, new Watch(mode));
        queueIfReadable(fd);
    }

    public void unregister(int fd) {
        watches.remove(fd);
        ready.remove(fd);
    }

    public void rearm(int fd) {
        Watch w = watches.get(fd);
        if (w == null) {
            throw new IllegalArgumentException("fd " + fd + " not registered");
        }
        w.enabled = true;
        queueIfReadable(fd);
    }

    public void arrive(int fd, int bytes) {
        if (bytes <= 0) {
            throw new IllegalArgumentException("bytes must be positive: " + bytes);
        }
        buffers.merge(fd, bytes, Integer::sum);
        queueIfReadable(fd);
    }

    public int read(int fd, int max) {
        int available = buffers.getOrDefault(fd, 0);
        int n = Math.min(available, max);
        buffers.put(fd, available - n);
        return n;
    }

    public List<Integer> poll(int maxEvents) {
        if (maxEvents < 1) {
            throw new IllegalArgumentException("maxEvents must be >= 1: " + maxEvents);
        }
        List<Integer> out = new ArrayList<>();
        List<Integer> requeue = new ArrayList<>();
        while (out.size() < maxEvents && !ready.isEmpty()) {
            int fd = ready.pollFirst();
            Watch w = watches.get(fd);
            w.queued = false;
            if (buffers.getOrDefault(fd, 0) == 0) {
                continue;
            }
            out.add(fd);
            switch (w.mode) {
                case LEVEL -> requeue.add(fd);
                case EDGE -> { }
                case ONESHOT -> w.enabled = false;
            }
        }
        for (int i = requeue.size() - 1; i >= 0; i--) {
            int fd = requeue.get(i);
            watches.get(fd).queued = true;
            ready.addFirst(fd);
        }
        return out;
    }

    private void queueIfReadable(int fd) {
        Watch w = watches.get(fd);
        if (w != null && w.enabled && !w.queued && buffers.getOrDefault(fd, 0) > 0) {
            w.queued = true;
            ready.addLast(fd);
        }
    }
}
