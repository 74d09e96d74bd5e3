package dev.spindle.kernel.magic;

import dev.spindle.kernel.bridge.EngineInterpreter;
import dev.spindle.kernel.spi.ExecuteOutcome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.nio.file.Files;
import java.nio.file.Path;

import static dev.spindle.kernel.magic.MagicInterpreterIT.failure;
import static dev.spindle.kernel.magic.MagicInterpreterIT.run;
import static org.assertj.core.api.Assertions.assertThat;

/** %grade against a real exercise, with the grader built in this checkout (grader/target). */
@Timeout(value = 300, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class GradeMagicIT {

    /** failsafe runs in kernel/app. */
    private static final Path HOME = Path.of("../..").toAbsolutePath().normalize();
    private static MagicInterpreter kernel;

    @BeforeAll
    static void start() {
        System.setProperty(GraderLocation.HOME_PROPERTY, HOME.toString());
        kernel = new MagicInterpreter(MagicInterpreterIT.settings(), EngineInterpreter::new, MagicRegistry.standard());
    }

    @AfterAll
    static void stop() {
        kernel.close();
        System.clearProperty(GraderLocation.HOME_PROPERTY);
    }

    @Test
    void gradeWithoutSolutionCellsSaysWhatToDo() {
        try (MagicInterpreter fresh = new MagicInterpreter(MagicInterpreterIT.settings(), EngineInterpreter::new,
                MagicRegistry.standard())) {
            assertThat(failure(run(fresh, "%grade 05-limiter", new RecordingOutput())).evalue())
                    .contains("no cell marked // spindle:solution");
        }
    }

    @Test
    void theReferenceSolutionInAMarkedCellScoresFullMarks() throws Exception {
        assertThat(GraderLocation.find()).as("grader jars under %s/grader/target", HOME).isPresent();
        String reference = Files.readString(
                HOME.resolve("exercises/05-limiter/.meta/reference/spindle/exercises/limiter/Limiter.java"));
        // the first version of the cell is a known-wrong one; running the cell again after the fix replaces it
        String wrong = Files.readString(
                HOME.resolve("exercises/05-limiter/.meta/wrong/no-limit/spindle/exercises/limiter/Limiter.java"));
        run(kernel, "// spindle:solution Limiter.java\n" + wrong.replace("package spindle.exercises.limiter;", ""),
                new RecordingOutput());
        run(kernel, "// spindle:solution Limiter.java\n" + reference.replace("package spindle.exercises.limiter;", ""),
                new RecordingOutput());
        run(kernel, "new Limiter(2)", new RecordingOutput());

        RecordingOutput output = new RecordingOutput();
        ExecuteOutcome outcome = run(kernel, "%grade 05-limiter", output);
        assertThat(outcome).as("%s / %s", outcome, output.stderr()).isInstanceOf(ExecuteOutcome.Success.class);
        String html = (String) ((ExecuteOutcome.Success) outcome).result().data().get("text/html");
        assertThat(html).contains("<table").contains("<b>15 / 15</b> points").contains("permitComesBackWhenTheTaskThrows");
    }
}
