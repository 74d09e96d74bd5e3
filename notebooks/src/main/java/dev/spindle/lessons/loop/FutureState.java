package dev.spindle.lessons.loop;

/** asyncio.Future's three states; there is no RUNNING (that is concurrent.futures). */
public enum FutureState {
    PENDING,
    CANCELLED,
    FINISHED
}
