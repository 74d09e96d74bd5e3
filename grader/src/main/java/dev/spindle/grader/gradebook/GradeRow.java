package dev.spindle.grader.gradebook;

/** One line of the class CSV: a student's latest grade for an exercise. */
public record GradeRow(String student, String exercise, double score, double maxScore, String verdictSummary,
                       String gradedAt, String contentHash) {}
