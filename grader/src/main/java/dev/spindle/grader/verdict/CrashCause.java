package dev.spindle.grader.verdict;

/** Why the test JVM stopped before every test had reported. */
public enum CrashCause {
    SYSTEM_EXIT,
    OUT_OF_MEMORY,
    THREAD_LIMIT,
    WALL_CLOCK_LIMIT,
    CPU_TIME_LIMIT,
    /** The submission called the grader's test listener itself: every test scores 0. */
    TAMPERING,
    JVM_DIED
}
