package dev.spindle.grader.run;

import dev.spindle.grader.exercise.Limits;
import dev.spindle.grader.sandbox.SandboxProfile;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Everything the child JVM needs: where the classes are, which test classes to run, the limits and the sandbox.
 *
 * @param classFolders student classes and visible tests, mounted read-only for the child
 * @param hiddenClassFolder hidden test classes: never mounted, sent as bytes on the child's stdin
 * @param limits the limits of the whole child run (already scaled for the repetitions)
 * @param repetitions how many times the child executes the test plan (at least 1)
 */
public record ChildRequest(List<Path> classFolders, Optional<Path> hiddenClassFolder, List<String> testClasses,
                           String studentPackage, Limits limits, Path workDir, SandboxProfile sandbox, int repetitions) {

    public ChildRequest {
        if (repetitions < 1) {
            throw new IllegalArgumentException("repetitions must be at least 1, not " + repetitions);
        }
    }
}
