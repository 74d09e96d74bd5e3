package dev.spindle.grader.submission;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spindle.grader.Fixtures;
import dev.spindle.grader.exercise.ExerciseSpec;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NotebookSubmissionTest {

    private final ExerciseSpec spec = Fixtures.counter().spec();

    @TempDir
    Path dir;

    @Test
    void joinsCellsForTheSameFileInNotebookOrderAndLiftsImports() throws Exception {
        Path nb = Notebooks.write(dir.resolve("a.ipynb"), List.of(
                "System.out.println(\"scratch\");\n",
                "// spindle:solution Counter.java\nimport java.util.List;\npublic final class Counter {\n",
                "// spindle:solution Counter.java\nimport java.util.Map;\n  long count;\n}\n"));
        var read = (SubmissionRead.Accepted) SubmissionReader.read(nb, spec);
        SubmittedFile file = read.submission().files().getFirst();
        assertThat(file.fileName()).isEqualTo("Counter.java");
        String source = file.source();
        assertThat(source).startsWith("package spindle.exercises.counter;\nimport java.util.List;\nimport java.util.Map;\n");
        assertThat(source.indexOf("public final class Counter")).isLessThan(source.indexOf("long count;"));
        assertThat(source).doesNotContain("spindle:solution").doesNotContain("scratch");
    }

    @Test
    void mapsEveryLineBackToItsCell() throws Exception {
        Path nb = Notebooks.write(dir.resolve("b.ipynb"), List.of(
                "// spindle:solution Counter.java\npublic final class Counter {\n",
                "int x = 1;\n",
                "// spindle:solution Counter.java\n  broken line\n}\n"));
        var file = ((SubmissionRead.Accepted) SubmissionReader.read(nb, spec)).submission().files().getFirst();
        List<String> lines = List.of(file.source().split("\n", -1));
        int broken = lines.indexOf("  broken line") + 1;
        assertThat(file.origins().describe(broken)).isEqualTo("notebook cell 4, line 2 (Counter.java)");
    }

    @Test
    void skipsAnExactCopyOfACellAndSaysSo() throws Exception {
        String cell = "// spindle:solution Counter.java\npublic final class Counter { }\n";
        Path nb = Notebooks.write(dir.resolve("c.ipynb"), List.of(cell, "1 + 1\n", cell));
        var submission = ((SubmissionRead.Accepted) SubmissionReader.read(nb, spec)).submission();
        assertThat(submission.files().getFirst().source()).containsOnlyOnce("class Counter");
        assertThat(submission.warnings()).singleElement().asString().contains("Cell 4 is a copy of cell 2");
    }

    @Test
    void findsTheMarkerEvenBelowOtherComments() throws Exception {
        Path nb = Notebooks.write(dir.resolve("d.ipynb"), List.of(
                "// my answer, take 2\n// spindle:solution Counter.java\npublic final class Counter { }\n"));
        assertThat(SubmissionReader.read(nb, spec)).isInstanceOf(SubmissionRead.Accepted.class);
    }

    @Test
    void rejectsANotebookWithoutMarkerWithAnInstruction() throws Exception {
        Path nb = Notebooks.write(dir.resolve("e.ipynb"), List.of("public final class Counter { }\n"));
        var rejected = (SubmissionRead.Rejected) SubmissionReader.read(nb, spec);
        assertThat(rejected.reason()).contains("No cell is marked for Counter.java")
                .contains("// spindle:solution Counter.java");
    }

    @Test
    void rejectsAMarkerForAFileThatIsNotPartOfTheExercise() throws Exception {
        Path nb = Notebooks.write(dir.resolve("f.ipynb"), List.of(
                "// spindle:solution Counter.java\npublic final class Counter { }\n",
                "// spindle:solution Countr.java\nclass Countr { }\n",
                "// spindle:solution\nclass X { }\n"));
        var rejected = (SubmissionRead.Rejected) SubmissionReader.read(nb, spec);
        assertThat(rejected.reason()).contains("Cell 3 is marked for Countr.java").contains("expected Counter.java")
                .contains("Cell 4 has a solution marker without a file name");
    }
}
