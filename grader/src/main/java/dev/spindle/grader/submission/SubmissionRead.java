package dev.spindle.grader.submission;

/** Reading a submission either yields sources to compile or a reason the student can act on. */
public sealed interface SubmissionRead {

    record Accepted(Submission submission) implements SubmissionRead {}

    record Rejected(String reason) implements SubmissionRead {}
}
