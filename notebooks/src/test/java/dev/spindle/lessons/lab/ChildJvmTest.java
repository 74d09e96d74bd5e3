package dev.spindle.lessons.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChildJvmTest {

    @Test
    void runsASingleFileProgramWithFlagsAndArguments() {
        var result = ChildJvm.source("""
                class Hello {
                    public static void main(String[] args) {
                        System.out.println("hello " + args[0]);
                        System.out.println("ea=" + Hello.class.desiredAssertionStatus());
                        System.exit(3);
                    }
                }
                """).flags("-ea").args("child").timeout(Duration.ofSeconds(20)).run();
        assertEquals(List.of("hello child", "ea=true"), result.lines());
        assertEquals(3, result.exitCode());
        assertFalse(result.timedOut());
    }

    @Test
    void streamsEveryLineToTheSinkInOrder() {
        List<String> seen = new ArrayList<>();
        var result = ChildJvm.source("""
                class Count { public static void main(String[] a) { for (int i = 0; i < 5; i++) System.out.println(i); } }
                """).onLine(seen::add).run();
        assertEquals(List.of("0", "1", "2", "3", "4"), seen);
        assertTrue(result.ok());
    }

    @Test
    void killsAChildThatOutlivesItsTimeoutWithItsDescendants() {
        var result = ChildJvm.source("""
                class Hang {
                    public static void main(String[] a) throws Exception {
                        var sleeper = new ProcessBuilder("sleep", "30").start();
                        System.out.println(sleeper.pid());
                        Thread.sleep(60_000);
                    }
                }
                """).timeout(Duration.ofSeconds(8)).run();
        assertTrue(result.timedOut());
        assertEquals(-1, result.exitCode());
        assertEquals(1, result.lines().size());
        assertTrue(result.elapsed().compareTo(Duration.ofSeconds(30)) < 0);
        long grandchild = Long.parseLong(result.lines().getFirst());
        var handle = ProcessHandle.of(grandchild);
        handle.ifPresent(h -> h.onExit().orTimeout(5, java.util.concurrent.TimeUnit.SECONDS).join());
        assertFalse(ProcessHandle.of(grandchild).map(ProcessHandle::isAlive).orElse(false));
    }

    @Test
    void findsTheFirstTopLevelTypeName() {
        assertEquals("Demo", ChildJvm.className("import java.util.*;\nfinal class Demo {}\nclass Other {}"));
        assertThrows(IllegalArgumentException.class, () -> ChildJvm.className("int x;"));
    }
}
