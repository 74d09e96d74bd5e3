package spindle.exercises.processes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ChildTest {

    static List<String> sh(String script) {
        return List.of("/bin/sh", "-c", script);
    }

    @BeforeEach
    void needsAPosixShell() {
        assumeTrue(new File("/bin/sh").canExecute(), "these tests need /bin/sh (Linux or macOS)");
    }

    @Test
    void exitCodeAndOutput() {
        assertTimeoutPreemptively(Duration.ofSeconds(9), () -> {
            try (Child c = Child.start(sh("echo hello; echo oops >&2; exit 3"))) {
                assertEquals(OptionalInt.of(3), c.awaitExit(Duration.ofSeconds(8)));
                assertEquals("hello\n", c.output(), "stdout only; stderr is discarded");
            }
        });
    }

    /** 1 MiB of output is 16 times what a pipe holds: the parent must read while the child writes. */
    @Test
    void aMebibyteOfOutputDoesNotBlockTheChild() {
        assertTimeoutPreemptively(Duration.ofSeconds(9), () -> {
            try (Child c = Child.start(sh("head -c 1048576 /dev/zero | tr '\\000' x"))) {
                assertEquals(OptionalInt.of(0), c.awaitExit(Duration.ofSeconds(8)),
                        "the child did not exit: is anybody reading its output while it runs?");
                assertEquals(1_048_576, c.output().length());
            }
        });
    }

    @Test
    void awaitExitGivesUpAfterTheTimeout() {
        assertTimeoutPreemptively(Duration.ofSeconds(9), () -> {
            try (Child c = Child.start(sh("exec sleep 30"))) {
                assertEquals(OptionalInt.empty(), c.awaitExit(Duration.ofMillis(300)),
                        "sleep 30 cannot have exited after 300 ms");
            }
        }, "awaitExit ignored its timeout");
    }
}
