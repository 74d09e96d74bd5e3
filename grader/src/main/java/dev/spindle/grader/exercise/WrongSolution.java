package dev.spindle.grader.exercise;

import java.util.List;

/** A known-wrong solution kept in .meta/wrong/NAME and the test keys that must catch it. */
public record WrongSolution(String description, List<String> mustFail) {

    public WrongSolution {
        description = description == null ? "" : description;
        mustFail = mustFail == null ? List.of() : List.copyOf(mustFail);
    }
}
