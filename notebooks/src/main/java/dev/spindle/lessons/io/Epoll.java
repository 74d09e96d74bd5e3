package dev.spindle.lessons.io;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * epoll(7): the interest list lives in the kernel, and an arrival callback puts the descriptor on a ready list,
 * so a wait looks only at the ready list: O(ready). Like Linux, every arrival is an edge (not only empty to
 * non-empty), and a descriptor is reported only if it still has data when the wait looks at it.
 */
public final class Epoll implements Multiplexer {

    private final SimKernel kernel;
    private final Map<Integer, TriggerMode> interest = new TreeMap<>();
    private final Map<Integer, Boolean> armed = new TreeMap<>();
    private final LinkedHashSet<Integer> readyList = new LinkedHashSet<>();
    private long operations;
    private long notifications;

    public Epoll(SimKernel kernel) {
        this.kernel = kernel;
        kernel.onArrival(this::arrived);
    }

    /** {@code epoll_ctl(EPOLL_CTL_ADD)} with level triggering. */
    @Override
    public void register(int fd) {
        add(fd, TriggerMode.LEVEL);
    }

    public void add(int fd, TriggerMode mode) {
        interest.put(fd, mode);
        armed.put(fd, true);
        if (kernel.available(fd) > 0) readyList.add(fd);
    }

    /** {@code epoll_ctl(EPOLL_CTL_MOD)} after a ONESHOT report: watch again, and report now if data is waiting. */
    public void rearm(int fd) {
        armed.put(fd, true);
        if (kernel.available(fd) > 0) readyList.add(fd);
    }

    private void arrived(int fd) {
        if (interest.containsKey(fd) && armed.get(fd)) readyList.add(fd);
    }

    @Override
    public List<Integer> await() {
        List<Integer> reported = new ArrayList<>();
        List<Integer> keep = new ArrayList<>();
        for (int fd : readyList) {
            operations++;
            if (kernel.available(fd) == 0) continue;
            reported.add(fd);
            switch (interest.get(fd)) {
                case LEVEL -> keep.add(fd);
                case EDGE -> { }
                case ONESHOT -> armed.put(fd, false);
            }
        }
        readyList.clear();
        readyList.addAll(keep);
        notifications += reported.size();
        return reported;
    }

    @Override
    public long operations() {
        return operations;
    }

    /** Descriptors reported by all waits so far. */
    public long notifications() {
        return notifications;
    }

    @Override
    public String name() {
        return "epoll";
    }
}
