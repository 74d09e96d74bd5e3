package dev.spindle.kernel.magic;

import dev.spindle.kernel.bridge.EngineInterpreter;
import dev.spindle.kernel.bridge.EngineSettings;
import dev.spindle.kernel.spi.ExecuteOptions;
import dev.spindle.kernel.spi.InterruptCheck;
import dev.spindle.kernel.spi.ExecuteOutcome;
import dev.spindle.kernel.spi.MimeBundle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.ToolProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** Magics through a MagicInterpreter over a real engine JVM. */
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class MagicInterpreterIT {

    private static final AtomicInteger COUNT = new AtomicInteger();
    private static MagicInterpreter kernel;

    @BeforeAll
    static void start() {
        kernel = new MagicInterpreter(settings(), EngineInterpreter::new, MagicRegistry.standard());
    }

    @AfterAll
    static void stop() {
        kernel.close();
    }

    static EngineSettings settings() {
        return EngineSettings.fromEnvironment().withJvmOptions(List.of("-Xmx256m")).withAotCache(null, false);
    }

    static ExecuteOutcome run(MagicInterpreter interpreter, String code, RecordingOutput output) {
        return interpreter.execute(new ExecuteOptions(code, COUNT.incrementAndGet(), false, true, true, Map.of(), InterruptCheck.NEVER), output);
    }

    static ExecuteOutcome run(String code, RecordingOutput output) {
        return run(kernel, code, output);
    }

    static String plain(ExecuteOutcome outcome) {
        assertThat(outcome).as("outcome %s", outcome).isInstanceOf(ExecuteOutcome.Success.class);
        MimeBundle result = ((ExecuteOutcome.Success) outcome).result();
        return result == null ? null : (String) result.data().get("text/plain");
    }

    static ExecuteOutcome.Failure failure(ExecuteOutcome outcome) {
        assertThat(outcome).as("outcome %s", outcome).isInstanceOf(ExecuteOutcome.Failure.class);
        return (ExecuteOutcome.Failure) outcome;
    }

    @Test
    void cellsWithoutMagicsRunAsJava() {
        assertThat(plain(run("int magicFree = 6 % 4;\nmagicFree", new RecordingOutput()))).isEqualTo("2");
    }

    @Test
    void lsmagicAndHelpAnswerInTheCell() {
        assertThat(plain(run("%lsmagic", new RecordingOutput()))).contains("%%jvm").contains("%threads");
        assertThat(plain(run("%help jvm", new RecordingOutput()))).contains("%%jvm [JVM FLAGS]");
    }

    @Test
    void anUnknownMagicNamesTheKnownOnes() {
        ExecuteOutcome.Failure failure = failure(run("%nosuch 1", new RecordingOutput()));
        assertThat(failure.ename()).isEqualTo("UnknownMagic");
        assertThat(failure.evalue()).contains("%nosuch").contains("%lsmagic").contains("%%time");
    }

    @Test
    void timePrintsWallAndCpuTimeAfterTheOutput() {
        RecordingOutput output = new RecordingOutput();
        String result = plain(run("%%time\nSystem.out.println(\"working\");\nThread.sleep(200);\n40 + 2", output));
        assertThat(result).isEqualTo("42");
        assertThat(output.stdout()).matches("(?s)working\nWall time: \\d+\\.\\d ms, CPU time \\(engine JVM, all threads\\): .*\n");
        assertThat(output.stdout()).doesNotContain("unknown");

        RecordingOutput line = new RecordingOutput();
        assertThat(plain(run("%time 6 * 7", line))).isEqualTo("42");
        assertThat(line.stdout()).startsWith("Wall time: ");
    }

    @Test
    void lineMagicsRunBeforeTheJavaOfTheirCell() {
        RecordingOutput output = new RecordingOutput();
        assertThat(plain(run("%time int timedFirst = 3;\ntimedFirst * 2", output))).isEqualTo("6");
        assertThat(output.stdout()).startsWith("Wall time: ");
    }

    @Test
    void jvmRunsTheCellInAFreshJvmWithItsFlags() {
        RecordingOutput output = new RecordingOutput();
        ExecuteOutcome outcome = run("""
                %%jvm -Dspindle.demo=hello -Djdk.virtualThreadScheduler.parallelism=1
                import java.util.HexFormat;
                System.out.println(System.getProperty("spindle.demo") + " " + HexFormat.of().toHexDigits((byte) 255));
                System.err.println("pid " + ProcessHandle.current().pid());
                System.exit(3);
                """, output);
        assertThat(plain(outcome)).isNull();
        assertThat(output.stdout()).contains("hello ff\n").contains("[exit status 3]");
        assertThat(output.stderr()).contains("pid ");
        assertThat(output.stderr()).doesNotContain("pid " + kernel.engine().enginePid().orElse(-1));
    }

    @Test
    void jvmRunsAProgramWithItsOwnMainAndReportsCompileErrors() {
        RecordingOutput output = new RecordingOutput();
        plain(run("%%jvm\nvoid main() { IO.println(\"compact \" + Runtime.version().feature()); }", output));
        assertThat(output.stdout()).contains("compact 25").contains("[exit status 0]");

        RecordingOutput broken = new RecordingOutput();
        plain(run("%%jvm\nint x = \"no\";", broken));
        assertThat(broken.stderr()).contains("error:");
        assertThat(broken.stdout()).contains("[exit status 1]");
    }

    @Test
    void jvmStreamsOutputWhileTheProgramRunsAndIsKilledOnInterrupt() throws Exception {
        RecordingOutput output = new RecordingOutput();
        CompletableFuture<ExecuteOutcome> outcome = CompletableFuture.supplyAsync(() -> run("""
                %%jvm
                var child = new ProcessBuilder("sleep", "600").start();
                System.out.println("child " + child.pid());
                Thread.sleep(600_000);
                """, output));
        await(() -> output.stdout().contains("child "), Duration.ofSeconds(30));
        long grandChild = Long.parseLong(output.stdout().replaceAll("(?s).*child (\\d+).*", "$1").strip());
        kernel.interrupt();
        assertThat(failure(outcome.get()).ename()).isEqualTo("Interrupted");
        await(() -> ProcessHandle.of(grandChild).map(p -> !p.isAlive()).orElse(true), Duration.ofSeconds(10));
    }

    @Test
    void threadsShowsPlatformAndVirtualThreadsAndMarksADeadlock() {
        run("""
                Object left = new Object(), right = new Object();
                var latch = new java.util.concurrent.CountDownLatch(2);
                Runnable one = () -> { synchronized (left) { latch.countDown(); try { latch.await(); } catch (InterruptedException e) { return; } synchronized (right) { } } };
                Runnable two = () -> { synchronized (right) { latch.countDown(); try { latch.await(); } catch (InterruptedException e) { return; } synchronized (left) { } } };
                Thread.ofPlatform().name("dead-one").daemon().start(one);
                Thread.ofPlatform().name("dead-two").daemon().start(two);
                Thread.ofVirtual().name("sleepy-virtual").start(() -> { try { Thread.sleep(600_000); } catch (InterruptedException e) { } });
                Thread.sleep(300);
                """, new RecordingOutput());
        ExecuteOutcome outcome = run("%threads", new RecordingOutput());
        String text = plain(outcome);
        assertThat(text).contains("\"sleepy-virtual\" virtual").contains("DEADLOCKED #").contains("\"dead-one\" platform BLOCKED")
                .contains("2 DEADLOCKED");
        assertThat((String) ((ExecuteOutcome.Success) outcome).result().data().get("text/html"))
                .contains("<table>").contains("dead-two <b>DEADLOCKED</b>");
    }

    @Test
    void javapPrintsTheBytecodeOfACellClassAndOfAJdkClass() {
        run("class Adder { int add(int a, int b) { return a + b; } }", new RecordingOutput());
        RecordingOutput output = new RecordingOutput();
        plain(run("%javap Adder", output));
        assertThat(output.stdout()).contains("Adder").contains("add(II)I").contains("iload_1").contains("iadd").contains("ireturn");

        RecordingOutput jdk = new RecordingOutput();
        plain(run("%javap java.util.concurrent.atomic.AtomicInteger", jdk));
        assertThat(jdk.stdout()).contains("incrementAndGet()I").contains("invokevirtual");
    }

    @Test
    void classpathAddsACompiledFolderAndLoadRunsAFile(@TempDir Path folder) throws Exception {
        Path source = folder.resolve("src/demo/Greeter.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, "package demo; public class Greeter { public static String hi() { return \"hi from jar\"; } }");
        Path classes = folder.resolve("classes");
        assertThat(ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(), source.toString()))
                .isZero();
        RecordingOutput output = new RecordingOutput();
        assertThat(plain(run("%classpath " + classes + "\ndemo.Greeter.hi()", output))).isEqualTo("\"hi from jar\"");
        assertThat(output.stdout()).contains("Added to the class path");

        Path script = folder.resolve("setup.jshell");
        Files.writeString(script, "int loadedValue = 41;\nloadedValue + 1");
        assertThat(plain(run("%load " + script, new RecordingOutput()))).isEqualTo("42");
        assertThat(failure(run("%classpath " + folder.resolve("missing.jar"), new RecordingOutput())).evalue())
                .contains("nothing found");
    }

    @Test
    void theAddedClassPathSurvivesACrashAndJvmopts(@TempDir Path folder) throws Exception {
        Path source = folder.resolve("src/kept/Kept.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, "package kept; public class Kept { public static int answer() { return 42; } }");
        Path classes = folder.resolve("classes");
        assertThat(ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(), source.toString()))
                .isZero();
        try (MagicInterpreter own = new MagicInterpreter(settings(), EngineInterpreter::new, MagicRegistry.standard())) {
            assertThat(plain(run(own, "%classpath " + classes + "\nkept.Kept.answer()", new RecordingOutput()))).isEqualTo("42");

            ExecuteOutcome.Failure crash = failure(run(own, "System.exit(3);", new RecordingOutput()));
            assertThat(crash.evalue()).contains("exit status 3").contains("with the class path added before");
            assertThat(plain(run(own, "kept.Kept.answer() + 1", new RecordingOutput()))).isEqualTo("43");

            plain(run(own, "%jvmopts -Dspindle.kept=yes", new RecordingOutput()));
            assertThat(plain(run(own, "kept.Kept.answer() + 2", new RecordingOutput()))).isEqualTo("44");
        }
    }

    @Test
    void benchReportsMedianAndSpread() {
        RecordingOutput output = new RecordingOutput();
        plain(run("%%bench --warmup=100 --batches=10\nMath.sqrt(System.nanoTime())", output));
        assertThat(output.stdout()).matches("(?s).* per call \\(median\\), p10 .*, p90 .* — 10 batches of \\d+ calls after warm-up\n");
    }

    @Test
    void jvmoptsRestartsTheEngineWithTheFlags() {
        try (MagicInterpreter own = new MagicInterpreter(settings(), EngineInterpreter::new, MagicRegistry.standard())) {
            run(own, "int before = 1;", new RecordingOutput());
            RecordingOutput output = new RecordingOutput();
            plain(run(own, "%jvmopts -Dspindle.restarted=yes", output));
            assertThat(output.stdout()).contains("Restarted the Java engine").contains("gone");
            assertThat(plain(run(own, "System.getProperty(\"spindle.restarted\")", new RecordingOutput()))).isEqualTo("\"yes\"");
            assertThat(failure(run(own, "before", new RecordingOutput())).ename()).isEqualTo("CompilationError");
        }
    }

    static void await(java.util.function.BooleanSupplier condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited too long").isLessThan(deadline);
            LockSupport.parkNanos(10_000_000L);
        }
    }
}
