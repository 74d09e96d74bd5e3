package dev.spindle.grader.compile;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Class folders ready for the child JVM. Hidden tests compile separately so that, if they do not compile
 * against the student's code, the visible tests still run.
 */
public record CompiledSubmission(
        List<Path> classFolders,
        List<String> visibleTestClasses,
        List<String> hiddenTestClasses,
        Optional<CompileFailure> hiddenFailure) {}
