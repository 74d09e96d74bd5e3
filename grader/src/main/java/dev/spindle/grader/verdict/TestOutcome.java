package dev.spindle.grader.verdict;

/** The verdict for one test key (all invocations together) and what the test printed. */
public record TestOutcome(String testKey, Verdict verdict, String output) {}
