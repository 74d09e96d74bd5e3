package dev.spindle.lessons.gil;

/** One line of the simulator's log. {@code at} is virtual microseconds; {@code thread} is who the line is about. */
public sealed interface GilEvent {

    long at();

    String thread();

    /** The thread starts waiting for the GIL. */
    record Requested(long at, String thread) implements GilEvent {}

    /** The thread takes the GIL after waiting {@code waitedMicros}. */
    record Acquired(long at, String thread, long waitedMicros) implements GilEvent {}

    record Released(long at, String thread, ReleaseReason reason) implements GilEvent {}

    /** A waiter timed out with no switch in between and set gil_drop_request against {@code holder}. */
    record DropRequested(long at, String thread, String holder) implements GilEvent {}

    /** A waiter was signalled, woke on another core, and found that {@code holder} had taken the GIL again. */
    record SpuriousWakeup(long at, String thread, String holder) implements GilEvent {}

    record IoStarted(long at, String thread, long micros) implements GilEvent {}

    record Finished(long at, String thread) implements GilEvent {}
}
