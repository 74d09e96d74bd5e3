package dev.spindle.lessons.io;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * select(2): the interest set is a bitmap copied in on every call and scanned up to the highest descriptor,
 * so each call costs O(n); descriptors must be below FD_SETSIZE (1024 on glibc).
 */
public final class SelectScan implements Multiplexer {

    public static final int FD_SETSIZE = 1024;

    private final SimKernel kernel;
    private final TreeSet<Integer> interest = new TreeSet<>();
    private long operations;

    public SelectScan(SimKernel kernel) {
        this.kernel = kernel;
    }

    @Override
    public void register(int fd) {
        if (fd >= FD_SETSIZE) {
            throw new IllegalArgumentException("filedescriptor out of range in select(): " + fd);
        }
        interest.add(fd);
    }

    @Override
    public List<Integer> await() {
        List<Integer> ready = new ArrayList<>();
        if (interest.isEmpty()) return ready;
        for (int fd = 0; fd <= interest.last(); fd++) {
            operations++;
            if (interest.contains(fd) && kernel.available(fd) > 0) ready.add(fd);
        }
        return ready;
    }

    @Override
    public long operations() {
        return operations;
    }

    @Override
    public String name() {
        return "select";
    }
}
