package spindle.exercises.processes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ChildHiddenTest {

    static List<String> sh(String script) {
        return List.of("/bin/sh", "-c", script);
    }

    @BeforeEach
    void needsAPosixShell() {
        assumeTrue(new File("/bin/sh").canExecute(), "these tests need /bin/sh (Linux or macOS)");
    }

    /** The shell starts a grandchild and prints its pid; killing the tree must not leave it orphaned. */
    @Test
    void killTreeLeavesNoOrphans() {
        assertTimeoutPreemptively(Duration.ofSeconds(9), () -> {
            Optional<ProcessHandle> grandchild = Optional.empty();
            try (Child c = Child.start(sh("sleep 60 & echo $!; wait"))) {
                long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
                while (!c.output().contains("\n") && System.nanoTime() < deadline) {
                    Thread.onSpinWait();
                }
                long gpid = Long.parseLong(c.output().trim());
                grandchild = ProcessHandle.of(gpid);
                assertTrue(grandchild.isPresent() && grandchild.get().isAlive(), "grandchild should be running");
                c.killTree();
                assertTrue(c.awaitExit(Duration.ZERO).isPresent(), "killTree returns after the child exited");
                ProcessHandle g = grandchild.get();
                long until = System.nanoTime() + Duration.ofSeconds(3).toNanos();
                while (g.isAlive() && System.nanoTime() < until) {
                    Thread.onSpinWait();
                }
                assertFalse(g.isAlive(), "the grandchild survived as an orphan");
            } finally {
                grandchild.ifPresent(ProcessHandle::destroyForcibly);
            }
        });
    }

    @Test
    void pidIsTheChildsOwnPid() {
        assertTimeoutPreemptively(Duration.ofSeconds(9), () -> {
            try (Child c = Child.start(sh("echo $$"))) {
                c.awaitExit(Duration.ofSeconds(8));
                assertEquals(String.valueOf(c.pid()), c.output().trim());
            }
        });
    }

    @Test
    void killTreeOnALongRunningChild() {
        assertTimeoutPreemptively(Duration.ofSeconds(9), () -> {
            Child c = Child.start(sh("exec sleep 30"));
            long pid = c.pid();
            c.killTree();
            assertTrue(c.awaitExit(Duration.ZERO).isPresent(), "killTree must wait until the child has exited");
            assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
            c.close();
        });
    }

    @Test
    void outputIsDecodedAsUtf8() {
        assertTimeoutPreemptively(Duration.ofSeconds(9), () -> {
            try (Child c = Child.start(sh("printf '\\345\\215\\217\\347\\250\\213'"))) {
                c.awaitExit(Duration.ofSeconds(8));
                assertEquals("协程", c.output());
            }
        });
    }
}
