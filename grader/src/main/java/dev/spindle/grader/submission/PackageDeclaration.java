package dev.spindle.grader.submission;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Makes a submitted source declare the exercise package, without moving any line. */
final class PackageDeclaration {

    private static final Pattern DECLARED = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;");

    private PackageDeclaration() {}

    static Optional<String> declared(String source) {
        Matcher m = DECLARED.matcher(source);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /**
     * A missing declaration is added at the start of line 1 so that line numbers stay the student's;
     * a different package is an error the student must fix.
     */
    static SourceOrProblem ensure(String fileName, String source, String expectedPackage) {
        Optional<String> declared = declared(source);
        if (declared.isEmpty()) {
            return new SourceOrProblem("package " + expectedPackage + "; " + source, null);
        }
        if (!declared.get().equals(expectedPackage)) {
            return new SourceOrProblem(null, fileName + " declares package " + declared.get()
                    + ", but this exercise expects package " + expectedPackage
                    + ". Change the package line (or remove it) and submit again.");
        }
        return new SourceOrProblem(source, null);
    }

    record SourceOrProblem(String source, String problem) {}
}
