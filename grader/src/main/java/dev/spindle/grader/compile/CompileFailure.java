package dev.spindle.grader.compile;

import java.util.List;
import java.util.stream.Collectors;

/** Why a stage did not compile: a sentence for the student and the compiler's own errors. */
public record CompileFailure(String summary, List<CompileProblem> problems) {

    public CompileFailure {
        problems = List.copyOf(problems);
    }

    public String describe() {
        return summary + "\n" + problems.stream().map(p -> "  " + p.describe().replace("\n", "\n    "))
                .collect(Collectors.joining("\n"));
    }
}
