package dev.spindle.lessons.gil;

/** The GIL passing from one thread to a different one. */
public record Handoff(long at, String from, String to) {}
