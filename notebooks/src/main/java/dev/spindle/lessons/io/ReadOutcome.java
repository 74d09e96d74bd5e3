package dev.spindle.lessons.io;

/**
 * How a request/response read went.
 *
 * @param wakeups    waits that reported the descriptor
 * @param stalled    a wait reported nothing while data was still buffered: the reader sleeps, the peer waits for
 *                   a reply, and neither moves
 * @param leftUnread bytes still in the buffer at the end
 */
public record ReadOutcome(TriggerMode mode, ReadStrategy strategy, int wakeups, int reads, int bytesRead,
                          boolean stalled, int leftUnread) {}
