package dev.spindle.grader.submission;

/** One submitted source file, ready to compile, with the way back to the student's coordinates. */
public record SubmittedFile(String fileName, String source, LineOrigins origins) {}
