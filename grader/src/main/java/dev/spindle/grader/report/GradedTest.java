package dev.spindle.grader.report;

import dev.spindle.grader.verdict.Verdict;

/** One row of a grade: a test key, its verdict and the points it earned out of its share. */
public record GradedTest(String name, boolean hidden, Verdict verdict, double points, double maxPoints, String output) {}
