package dev.spindle.grader.compile;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Class folders ready for the child JVM. Hidden tests compile separately so that, if they do not compile
 * against the student's code, the visible tests still run; their folder is never shown to the child.
 *
 * @param classFolders student classes and visible tests
 * @param hiddenClassFolder compiled hidden tests, when they compiled
 */
public record CompiledSubmission(
        List<Path> classFolders,
        Optional<Path> hiddenClassFolder,
        List<String> visibleTestClasses,
        List<String> hiddenTestClasses,
        Optional<CompileFailure> hiddenFailure) {}
