package dev.spindle.grader.child;

/** What was going on when a test ran out of time: a deadlock cycle, or the threads still running. */
record HangReport(boolean deadlock, String description) {}
