package dev.spindle.lessons.io;

/** How an epoll registration reports readiness. */
public enum TriggerMode {
    /** Default epoll, and select/poll: reported at every wait while unread data remains. */
    LEVEL,
    /** EPOLLET (kqueue EV_CLEAR): reported when new data arrives, not again for data left unread. */
    EDGE,
    /** EPOLLONESHOT: reported once, then disarmed until {@link Epoll#rearm}. */
    ONESHOT
}
