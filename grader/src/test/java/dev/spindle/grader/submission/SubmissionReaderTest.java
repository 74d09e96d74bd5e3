package dev.spindle.grader.submission;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spindle.grader.Fixtures;
import dev.spindle.grader.exercise.ExerciseSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubmissionReaderTest {

    private final ExerciseSpec spec = Fixtures.counter().spec();

    @TempDir
    Path dir;

    @Test
    void findsTheSubmissionFileAnywhereInAFolderButNotInMetaOrTarget() throws Exception {
        Path deep = Files.createDirectories(dir.resolve("work/some/where"));
        Files.writeString(deep.resolve("Counter.java"), "public final class Counter { }\n");
        Files.createDirectories(dir.resolve(".meta/x"));
        Files.writeString(dir.resolve(".meta/x/Counter.java"), "junk");
        Files.createDirectories(dir.resolve("target"));
        Files.writeString(dir.resolve("target/Counter.java"), "junk");
        var accepted = (SubmissionRead.Accepted) SubmissionReader.read(dir, spec);
        assertThat(accepted.submission().files()).singleElement()
                .satisfies(f -> assertThat(f.origins().describe(1)).endsWith("where/Counter.java:1"));
    }

    @Test
    void addsAMissingPackageDeclarationWithoutShiftingLines() throws Exception {
        Path file = Files.writeString(dir.resolve("Counter.java"), "public final class Counter {\n}\n");
        var source = ((SubmissionRead.Accepted) SubmissionReader.read(file, spec)).submission().files().getFirst().source();
        assertThat(source.lines().toList()).hasSize(2);
        assertThat(source).startsWith("package spindle.exercises.counter; public final class Counter {");
    }

    @Test
    void rejectsAFileInAnotherPackage() throws Exception {
        Path file = Files.writeString(dir.resolve("Counter.java"), "package mine;\npublic final class Counter { }\n");
        var rejected = (SubmissionRead.Rejected) SubmissionReader.read(file, spec);
        assertThat(rejected.reason()).contains("declares package mine").contains("spindle.exercises.counter");
    }

    @Test
    void rejectsAFolderWithoutTheFileOrWithTwoCopies() throws Exception {
        assertThat(((SubmissionRead.Rejected) SubmissionReader.read(dir, spec)).reason())
                .contains("Counter.java was not found anywhere under");
        Files.createDirectories(dir.resolve("a"));
        Files.createDirectories(dir.resolve("b"));
        Files.writeString(dir.resolve("a/Counter.java"), "class Counter { }");
        Files.writeString(dir.resolve("b/Counter.java"), "class Counter { }");
        assertThat(((SubmissionRead.Rejected) SubmissionReader.read(dir, spec)).reason()).contains("more than once");
    }

    @Test
    void rejectsAJavaFileThatIsNotASubmissionFile() throws Exception {
        Path file = Files.writeString(dir.resolve("Other.java"), "class Other { }");
        assertThat(((SubmissionRead.Rejected) SubmissionReader.read(file, spec)).reason())
                .contains("Other.java is not part of this exercise's submission");
        assertThat(SubmissionReader.read(dir.resolve("missing.java"), spec)).isInstanceOf(SubmissionRead.Rejected.class);
    }
}
