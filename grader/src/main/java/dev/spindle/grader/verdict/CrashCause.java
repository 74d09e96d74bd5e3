package dev.spindle.grader.verdict;

/** Why the test JVM stopped before every test had reported. */
public enum CrashCause {
    SYSTEM_EXIT,
    OUT_OF_MEMORY,
    THREAD_LIMIT,
    WALL_CLOCK_LIMIT,
    JVM_DIED
}
