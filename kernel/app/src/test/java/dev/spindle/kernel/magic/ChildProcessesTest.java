package dev.spindle.kernel.magic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spindle.kernel.spi.InterruptCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ChildProcessesTest {

    private final ChildProcesses children = new ChildProcesses();

    @Test
    void aCellInterruptedBeforeItsProcessStartedStartsNone() throws IOException {
        var marker = Files.createTempFile("spindle-child", ".txt");
        Files.delete(marker);

        var started = children.start(new ProcessBuilder("touch", marker.toString()), () -> true);

        assertThat(started).isEmpty();
        assertThat(children.isEmpty()).isTrue();
        assertThat(marker).doesNotExist();
    }

    @Test
    void killAllEndsWhatStartedAndRemembersItWasKilled() throws IOException, InterruptedException {
        Process sleeper = children.start(new ProcessBuilder("sleep", "600"), InterruptCheck.NEVER).orElseThrow();

        children.killAll();

        assertThat(sleeper.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(children.wasKilled(sleeper)).isTrue();
        children.ended(sleeper);
        assertThat(children.isEmpty()).isTrue();
    }
}
