package spindle.exercises.poller;

import java.util.List;

/**
 * A model of Linux {@code epoll} (and of kqueue's {@code EV_CLEAR} / {@code EV_ONESHOT}) on a fake kernel: file
 * descriptors are plain ints, each with a receive buffer counted in bytes. No real I/O happens.
 *
 * <p>The model, which follows {@code fs/eventpoll.c}:
 * <ul>
 *   <li>The poller keeps a <b>ready list</b> in the order fds became ready. An fd is on it at most once.</li>
 *   <li>When data arrives for a registered, enabled fd that is not on the ready list, the fd is appended to it —
 *       whatever its mode. {@link #register} and {@link #rearm} also append the fd if its buffer is not empty.</li>
 *   <li>{@link #poll} takes fds from the head of the list, at most {@code maxEvents} of them, and re-checks each one:
 *       an fd whose buffer is empty now is dropped from the list and not reported. A non-empty one is reported, and
 *       then: {@link Mode#LEVEL} — appended again at the <em>tail</em> (so it is reported again next time if still
 *       not drained, after the others); {@link Mode#EDGE} — not re-added: it is reported again only when new data
 *       arrives; {@link Mode#ONESHOT} — disabled: not reported again, whatever arrives, until {@link #rearm}.</li>
 *   <li>{@link #read} only takes bytes out of the buffer; it never touches the ready list.</li>
 * </ul>
 */
public final class Poller {

    /** Trigger modes: EPOLL level-triggered (default), EPOLLET / EV_CLEAR, EPOLLONESHOT / EV_ONESHOT. */
    public enum Mode { LEVEL, EDGE, ONESHOT }

    /**
     * Starts watching {@code fd} for readability.
     *
     * @throws IllegalArgumentException if {@code fd} is already registered
     */
    public void register(int fd, Mode mode) {
        throw new UnsupportedOperationException("Implement Poller.register(fd, mode)");
    }

    /** Stops watching {@code fd} (its buffer stays in the kernel); it leaves the ready list. */
    public void unregister(int fd) {
        throw new UnsupportedOperationException("Implement Poller.unregister(fd)");
    }

    /**
     * Re-enables a {@link Mode#ONESHOT} fd after it was reported; if data is waiting it becomes ready at once.
     *
     * @throws IllegalArgumentException if {@code fd} is not registered
     */
    public void rearm(int fd) {
        throw new UnsupportedOperationException("Implement Poller.rearm(fd)");
    }

    /** The kernel side: {@code bytes > 0} bytes arrive in {@code fd}'s receive buffer (registered or not). */
    public void arrive(int fd, int bytes) {
        throw new UnsupportedOperationException(
                "Implement Poller.arrive(fd, bytes): grow the buffer; queue the fd if it is watched, enabled and not queued");
    }

    /**
     * The application side: reads up to {@code max} bytes.
     *
     * @return bytes read; 0 means the buffer is empty (the real call would fail with EAGAIN)
     */
    public int read(int fd, int max) {
        throw new UnsupportedOperationException("Implement Poller.read(fd, max)");
    }

    /**
     * {@code epoll_wait(maxEvents)} with a zero timeout: the ready fds, in ready-list order, at most {@code maxEvents}.
     *
     * @throws IllegalArgumentException if {@code maxEvents < 1}
     */
    public List<Integer> poll(int maxEvents) {
        throw new UnsupportedOperationException(
                "Implement Poller.poll(maxEvents): take fds from the head of the ready list and apply the mode rules");
    }
}
