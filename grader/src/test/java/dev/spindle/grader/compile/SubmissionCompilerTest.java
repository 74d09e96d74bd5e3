package dev.spindle.grader.compile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spindle.grader.Fixtures;
import dev.spindle.grader.submission.Notebooks;
import dev.spindle.grader.submission.SubmissionRead;
import dev.spindle.grader.submission.SubmissionReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubmissionCompilerTest {

    @TempDir
    Path dir;

    private CompileResult compile(Path submission) {
        var exercise = Fixtures.counter();
        var read = (SubmissionRead.Accepted) SubmissionReader.read(submission, exercise.spec());
        return SubmissionCompiler.compile(exercise, read.submission(), true, dir.resolve("work"));
    }

    @Test
    void reportsCompilerErrorsAtTheStudentsFileAndLine() {
        var failed = (CompileResult.NotCompiled) compile(Fixtures.hostile("does-not-compile"));
        assertThat(failed.failure().problems()).singleElement().satisfies(p -> {
            assertThat(p.where()).endsWith("does-not-compile/Counter.java:25");
            assertThat(p.message()).contains("';' expected");
        });
    }

    @Test
    void reportsCompilerErrorsAtTheNotebookCell() throws Exception {
        Path nb = Notebooks.write(dir.resolve("n.ipynb"), List.of(
                "// spindle:solution Counter.java\npublic final class Counter {\n  public Counter() { }\n",
                "// spindle:solution Counter.java\n  public long get() { return missing; }\n}\n"));
        var failed = (CompileResult.NotCompiled) compile(nb);
        assertThat(failed.failure().describe()).contains("notebook cell 3, line 2 (Counter.java): cannot find symbol");
    }

    @Test
    void saysWhenTheTestsNoLongerCompileAgainstTheStudentsCode() throws Exception {
        Path file = Files.writeString(dir.resolve("Counter.java"),
                "public final class Counter { public long get() { return 0; } }\n");
        var failed = (CompileResult.NotCompiled) compile(file);
        assertThat(failed.failure().summary()).contains("the tests do not compile against it");
        assertThat(failed.failure().describe()).contains("CounterTest.java:");
    }

    @Test
    void compilesTheReferenceWithVisibleAndHiddenTests() {
        var compiled = (CompileResult.Compiled) compile(Fixtures.counter().reference());
        assertThat(compiled.submission().visibleTestClasses()).containsExactly("spindle.exercises.counter.CounterTest");
        assertThat(compiled.submission().hiddenTestClasses()).containsExactly("spindle.exercises.counter.CounterHiddenTest");
        assertThat(compiled.submission().hiddenFailure()).isEmpty();
    }
}
