package dev.spindle.lessons.io;

/** What a reader does with each readiness report. */
public enum ReadStrategy {
    /** One read() of one chunk per report: fine with LT, loses data with ET. */
    ONE_READ_PER_EVENT,
    /** read() until EAGAIN, as epoll(7) requires for edge-triggered descriptors. */
    DRAIN_UNTIL_EAGAIN
}
