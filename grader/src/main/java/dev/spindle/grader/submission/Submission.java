package dev.spindle.grader.submission;

import java.util.List;

/** What a student handed in: one source per submission file name, plus notes about how it was read. */
public record Submission(String origin, List<SubmittedFile> files, List<String> warnings) {

    public Submission {
        files = List.copyOf(files);
        warnings = List.copyOf(warnings);
    }
}
