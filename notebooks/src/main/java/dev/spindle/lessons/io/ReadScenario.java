package dev.spindle.lessons.io;

/**
 * A peer sends one request of {@code messageBytes} and waits for the reply, so no more data arrives until the
 * reader has read it all. The reader waits on an epoll set and reads {@code chunk} bytes at a time.
 */
public final class ReadScenario {

    private ReadScenario() {}

    public static ReadOutcome run(TriggerMode mode, ReadStrategy strategy, int messageBytes, int chunk) {
        SimKernel kernel = new SimKernel();
        int fd = kernel.open();
        Epoll epoll = new Epoll(kernel);
        epoll.add(fd, mode);
        kernel.deliver(fd, new byte[messageBytes]);

        int wakeups = 0;
        int reads = 0;
        int bytesRead = 0;
        while (bytesRead < messageBytes) {
            if (epoll.await().isEmpty()) {
                return new ReadOutcome(mode, strategy, wakeups, reads, bytesRead, true, kernel.available(fd));
            }
            wakeups++;
            do {
                int n = kernel.read(fd, chunk).length;
                reads++;
                bytesRead += n;
                if (n == 0) break;
            } while (strategy == ReadStrategy.DRAIN_UNTIL_EAGAIN);
            if (mode == TriggerMode.ONESHOT) epoll.rearm(fd);
        }
        return new ReadOutcome(mode, strategy, wakeups, reads, bytesRead, false, kernel.available(fd));
    }
}
