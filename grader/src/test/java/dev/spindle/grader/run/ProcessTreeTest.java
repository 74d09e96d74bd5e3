package dev.spindle.grader.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProcessTreeTest {

    @Test
    void aZombieCountsAsEndedAlthoughProcessHandleCallsItAlive() throws Exception {
        // The background child exits only once its parent has become `sleep`, which never collects it. (Had it
        // exited before the exec, the shell could have collected it first.)
        Process parent = new ProcessBuilder("/bin/sh", "-c",
                "(while [ \"$(cat /proc/$$/comm)\" != sleep ]; do sleep 0.01; done) & echo $!; exec sleep 30").start();
        try {
            long zombiePid = Long.parseLong(firstLine(parent));
            ProcessHandle zombie = ProcessHandle.of(zombiePid).orElseThrow();
            for (int i = 0; i < 10_000 && !ProcessTree.isZombie(zombiePid); i++) {
                Thread.sleep(1);
            }
            assertTrue(ProcessTree.isZombie(zombiePid), "the exited background process stays a zombie");
            assertTrue(zombie.isAlive(), "ProcessHandle still reports the zombie alive");
            assertFalse(ProcessTree.running(zombie));
        } finally {
            parent.destroyForcibly().waitFor();
        }
    }

    @Test
    void killAllEndsTheChildAndWhatItStarted() throws Exception {
        Process root = new ProcessBuilder("/bin/sh", "-c", "sleep 60 & echo $!; sleep 60").start();
        long grandchild = Long.parseLong(firstLine(root));
        ProcessTree tree = new ProcessTree(root.toHandle());
        tree.remember();

        assertEquals(0, tree.killAll());
        root.waitFor();
        assertFalse(ProcessHandle.of(grandchild).map(ProcessTree::running).orElse(false),
                "the background sleep must not survive");
    }

    @Test
    void aLiveProcessIsRunningAndNotAZombie() throws Exception {
        Process sleeper = new ProcessBuilder(List.of("sleep", "30")).start();
        try {
            assertTrue(ProcessTree.running(sleeper.toHandle()));
            assertFalse(ProcessTree.isZombie(sleeper.pid()));
        } finally {
            sleeper.destroyForcibly().waitFor();
        }
    }

    private static String firstLine(Process process) throws Exception {
        var reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        return reader.readLine().strip();
    }
}
