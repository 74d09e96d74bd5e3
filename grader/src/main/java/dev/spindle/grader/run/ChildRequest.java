package dev.spindle.grader.run;

import dev.spindle.grader.exercise.Limits;
import java.nio.file.Path;
import java.util.List;

/** Everything the child JVM needs: where the classes are, which test classes to run, and the limits. */
public record ChildRequest(List<Path> classFolders, List<String> testClasses, String studentPackage, Limits limits,
                           Path workDir) {}
