package dev.spindle.lessons.io;

import java.util.List;

/** A readiness API over a {@link SimKernel}, counting the descriptor checks it performs (its cost). */
public sealed interface Multiplexer permits SelectScan, PollScan, Epoll {

    void register(int fd);

    /** One non-blocking wait: the descriptors reported ready now (empty means the caller would sleep). */
    List<Integer> await();

    /** Descriptor checks done by all waits so far. */
    long operations();

    String name();
}
