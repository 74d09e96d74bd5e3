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
 */
public record ChildRequest(List<Path> classFolders, Optional<Path> hiddenClassFolder, List<String> testClasses,
                           String studentPackage, Limits limits, Path workDir, SandboxProfile sandbox) {}
