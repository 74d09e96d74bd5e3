package dev.spindle.grader.batch;

import java.nio.file.Path;

/** One student's submission in a batch folder: a subfolder, a .java file or a notebook, named by student id. */
public record BatchEntry(String student, Path path) {}
