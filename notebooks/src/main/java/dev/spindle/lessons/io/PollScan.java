package dev.spindle.lessons.io;

import java.util.ArrayList;
import java.util.List;

/** poll(2): an array of pollfd copied in on every call and checked entry by entry: O(n), no FD_SETSIZE limit. */
public final class PollScan implements Multiplexer {

    private final SimKernel kernel;
    private final List<Integer> interest = new ArrayList<>();
    private long operations;

    public PollScan(SimKernel kernel) {
        this.kernel = kernel;
    }

    @Override
    public void register(int fd) {
        interest.add(fd);
    }

    @Override
    public List<Integer> await() {
        List<Integer> ready = new ArrayList<>();
        for (int fd : interest) {
            operations++;
            if (kernel.available(fd) > 0) ready.add(fd);
        }
        return ready;
    }

    @Override
    public long operations() {
        return operations;
    }

    @Override
    public String name() {
        return "poll";
    }
}
