package dev.spindle.kernel.core;

/** One executed cell in the history: its session, its line (the execution count), its code, its text result. */
public record HistoryEntry(int session, int line, String input, String output) {
}
