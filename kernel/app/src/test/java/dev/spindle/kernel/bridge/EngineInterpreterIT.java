package dev.spindle.kernel.bridge;

import dev.spindle.kernel.spi.CellOutput.StreamName;
import dev.spindle.kernel.spi.Completeness;
import dev.spindle.kernel.spi.Completion;
import dev.spindle.kernel.spi.ExecuteOptions;
import dev.spindle.kernel.spi.ExecuteOutcome;
import dev.spindle.kernel.spi.Inspection;
import dev.spindle.kernel.spi.InterruptCheck;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;

import static dev.spindle.kernel.bridge.Engines.failure;
import static dev.spindle.kernel.bridge.Engines.plain;
import static dev.spindle.kernel.bridge.Engines.run;
import static org.assertj.core.api.Assertions.assertThat;

/** Cells, completion and inspection through the real engine JVM. */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class EngineInterpreterIT {

    private static EngineInterpreter engine;

    @BeforeAll
    static void startEngine() {
        engine = Engines.start();
    }

    @AfterAll
    static void stopEngine() {
        engine.close();
    }

    @Test
    void lastExpressionIsTheResult() {
        assertThat(plain(run(engine, "1 + 1"))).isEqualTo("2");
        assertThat(plain(run(engine, "\"text\""))).isEqualTo("\"text\"");
    }

    @Test
    void aCellInterruptedBeforeTheEngineGotItNeverRuns() {
        var options = Engines.options("int ranAnyway = 1; System.out.println(\"ran\");", true);
        var interrupted = new ExecuteOptions(options.code(), options.executionCount(), options.silent(),
                options.storeHistory(), options.allowStdin(), options.userExpressions(), () -> true);
        var output = new RecordingCellOutput();

        var outcome = failure(engine.execute(interrupted, output));

        assertThat(outcome.evalue()).isEqualTo("the cell was interrupted before it started");
        assertThat(output.stdout()).isEmpty();
        assertThat(failure(run(engine, "ranAnyway")).evalue()).isEqualTo("cannot find symbol");
    }

    @Test
    void declarationsAndVoidCallsGiveNoResult() {
        assertThat(plain(run(engine, "int declaredOnly = 4;"))).isNull();
        assertThat(plain(run(engine, "System.out.print(\"\")"))).isNull();
    }

    @Test
    void definitionsPersistAndCanBeRedefined() {
        run(engine, "int twice(int x) { return 2 * x; }");
        assertThat(plain(run(engine, "twice(21)"))).isEqualTo("42");
        run(engine, "int twice(int x) { return x + x + 1; }");
        assertThat(plain(run(engine, "twice(21)"))).isEqualTo("43");
        run(engine, "record Point(int x, int y) {}");
        assertThat(plain(run(engine, "new Point(1, 2)"))).isEqualTo("Point[x=1, y=2]");
    }

    @Test
    void aCellHoldsManyStatementsAndDeclarations() {
        String cell = """
                import java.util.concurrent.atomic.LongAdder;
                var adder = new LongAdder();
                for (int i = 0; i < 10; i++) {
                    adder.increment();
                }
                int bonus() { return 5; }
                adder.sum() + bonus()
                """;
        assertThat(plain(run(engine, cell))).isEqualTo("15");
    }

    @Test
    void defaultImportsAreThere() {
        assertThat(plain(run(engine, "new ConcurrentHashMap<String, List<Path>>().size() + Stream.of(1).count()")))
                .isEqualTo("1");
    }

    @Test
    void compileErrorNamesLineColumnAndMarksTheSpan() {
        ExecuteOutcome.Failure failure = failure(run(engine, "int ok = 1;\nint bad = \"text\";"));
        assertThat(failure.ename()).isEqualTo("CompilationError");
        assertThat(failure.evalue()).contains("incompatible types");
        String shown = String.join("\n", failure.traceback());
        assertThat(shown).contains("line 2, column 11");
        assertThat(shown).contains("2 | int bad = \"text\";");
        assertThat(shown).contains("  |           ^^^^^^");
        assertThat(shown).doesNotContain("\u001b[4").doesNotContain("\u001b[30m");
    }

    @Test
    void runtimeExceptionHasItsRealClassAndCellCoordinates() {
        RecordingCellOutput output = new RecordingCellOutput();
        ExecuteOutcome.Failure failure = failure(run(engine, """
                void explode() {
                    throw new IllegalStateException("boom");
                }
                explode();
                """, output));
        assertThat(failure.ename()).isEqualTo("java.lang.IllegalStateException");
        assertThat(failure.evalue()).isEqualTo("boom");
        assertThat(failure.traceback()).anyMatch(line -> line.contains("explode") && line.contains("line 2"));
        assertThat(failure.traceback()).anyMatch(line -> line.contains("line 4"));
        assertThat(String.join("\n", failure.traceback()))
                .doesNotContain("jdk.jshell").doesNotContain("dev.spindle").doesNotContain("reflect");
        assertThat(output.stderr()).isEmpty();
    }

    @Test
    void stackOverflowIsAnOrdinaryFailureWithFoldedFrames() {
        ExecuteOutcome.Failure failure = failure(run(engine, "int down(int n) { return down(n + 1) + 1; }\ndown(0)"));
        assertThat(failure.ename()).isEqualTo("java.lang.StackOverflowError");
        assertThat(failure.traceback().size()).isLessThan(50);
        assertThat(plain(run(engine, "1 + 1"))).isEqualTo("2");
    }

    @Test
    void printedLineArrivesAsOneStreamMessageBeforeTheOutcome() {
        RecordingCellOutput output = new RecordingCellOutput();
        run(engine, "System.out.println(\"hello, world\")", output);
        assertThat(output.stdoutMessages()).containsExactly("hello, world\n");
    }

    @Test
    void stderrIsItsOwnStream() {
        RecordingCellOutput output = new RecordingCellOutput();
        run(engine, "System.err.println(\"careful\"); System.out.println(\"fine\");", output);
        assertThat(output.stderr()).isEqualTo("careful\n");
        assertThat(output.stdout()).isEqualTo("fine\n");
    }

    @Test
    void outputOfAThreadAfterItsCellEndedLandsInThatCell() {
        RecordingCellOutput first = new RecordingCellOutput();
        RecordingCellOutput second = new RecordingCellOutput();
        run(engine, """
                Thread.ofPlatform().start(() -> {
                    try { Thread.sleep(500); } catch (InterruptedException e) { return; }
                    System.out.println("late from platform");
                });
                Thread.ofVirtual().start(() -> {
                    try { Thread.sleep(500); } catch (InterruptedException e) { return; }
                    System.out.println("late from virtual");
                });
                var pool = Executors.newFixedThreadPool(1);
                pool.submit(() -> {
                    try { Thread.sleep(500); } catch (InterruptedException e) { return; }
                    System.out.println("late from pool");
                });
                pool.shutdown();
                """, first);
        run(engine, "System.out.println(\"second cell\")", second);
        first.awaitStdout("late from platform", Duration.ofSeconds(5));
        first.awaitStdout("late from virtual", Duration.ofSeconds(5));
        first.awaitStdout("late from pool", Duration.ofSeconds(5));
        assertThat(second.stdout()).isEqualTo("second cell\n");
    }

    @Test
    void orderWithinAThreadIsKept() {
        RecordingCellOutput output = new RecordingCellOutput();
        run(engine, "for (int i = 0; i < 2000; i++) System.out.println(i);", output);
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            expected.append(i).append('\n');
        }
        assertThat(output.stdout()).isEqualTo(expected.toString());
    }

    @Test
    void readingSystemInAsksTheKernel() {
        RecordingCellOutput output = new RecordingCellOutput().answering("Ada");
        assertThat(plain(run(engine, "System.out.print(\"name? \");\nnew Scanner(System.in).nextLine().toUpperCase()", output)))
                .isEqualTo("\"ADA\"");
        assertThat(output.stdout()).isEqualTo("name? ");
    }

    @Test
    void readingSystemInFailsFastWhenStdinIsNotAllowed() {
        ExecuteOutcome outcome = engine.execute(Engines.options(
                "new BufferedReader(new InputStreamReader(System.in)).readLine()", false), new RecordingCellOutput());
        assertThat(failure(outcome).ename()).isEqualTo("java.lang.IllegalStateException");
        assertThat(failure(outcome).evalue()).contains("allow_stdin");
    }

    @Test
    void displayShowsRichMimeAndUpdatesById() {
        RecordingCellOutput output = new RecordingCellOutput();
        ExecuteOutcome outcome = run(engine, """
                String id = display(new Html("<b>one</b>"));
                updateDisplay(id, new Markdown("**two**"));
                display(Mime.of("text/html", "<i>three</i>"))
                """, output);
        assertThat(plain(outcome)).isNull();
        assertThat(output.displays).hasSize(3);
        assertThat(output.displays.get(0).bundle().data()).containsEntry("text/html", "<b>one</b>").containsKey("text/plain");
        assertThat(output.displays.get(1).update()).isTrue();
        assertThat(output.displays.get(1).displayId()).isEqualTo(output.displays.get(0).displayId());
        assertThat(output.displays.get(1).bundle().data()).containsEntry("text/markdown", "**two**");
    }

    @Test
    void aRenderableValueIsARichResult() {
        ExecuteOutcome outcome = run(engine, "render(\"<u>x</u>\", \"text/html\")");
        ExecuteOutcome.Success success = (ExecuteOutcome.Success) outcome;
        assertThat(success.result().data()).containsEntry("text/html", "<u>x</u>").containsKey("text/plain");
        ExecuteOutcome json = run(engine, "new Json(\"{\\\"a\\\": [1, 2]}\")");
        assertThat(((ExecuteOutcome.Success) json).result().data().get("application/json")).isInstanceOf(java.util.Map.class);
    }

    @Test
    void completesMembers() {
        Completion completion = engine.complete("System.out.pri", 14);
        assertThat(completion.matches()).contains("println", "print", "printf");
        assertThat(completion.cursorStart()).isEqualTo(11);
        assertThat(completion.cursorEnd()).isEqualTo(14);
    }

    @Test
    void completionCountsCodePoints() {
        String code = "String s = \"\uD83D\uDE00\"; s.toUpperC";
        int cursor = code.codePointCount(0, code.length());
        Completion completion = engine.complete(code, cursor);
        assertThat(completion.matches()).contains("toUpperCase");
        assertThat(completion.cursorStart()).isEqualTo(cursor - "toUpperC".length());
    }

    @Test
    void inspectsJdkAndUserDeclarations() {
        Inspection jdk = engine.inspect("String.valueOf", 14, 0);
        assertThat(jdk.found()).isTrue();
        assertThat((String) jdk.bundle().data().get("text/plain")).contains("valueOf").contains("string representation");
        assertThat(jdk.bundle().data()).containsKey("text/html");
        run(engine, "/** Greets someone. */ String greet(String who) { return \"hi \" + who; }");
        Inspection mine = engine.inspect("greet", 3, 0);
        assertThat(mine.found()).isTrue();
        assertThat((String) mine.bundle().data().get("text/plain")).contains("greet(String who)");
    }

    @Test
    void tellsCompleteFromIncompleteFromInvalid() {
        assertThat(engine.isComplete("int x = 1;").status()).isEqualTo(Completeness.Status.COMPLETE);
        Completeness open = engine.isComplete("for (int i = 0; i < 3; i++) {");
        assertThat(open.status()).isEqualTo(Completeness.Status.INCOMPLETE);
        assertThat(open.indent()).isEqualTo("    ");
        assertThat(engine.isComplete("1 +* 2").status()).isEqualTo(Completeness.Status.INVALID);
        assertThat(engine.isComplete("}").status()).isEqualTo(Completeness.Status.INVALID);
    }

    @Test
    void theLanguageIsJava() {
        assertThat(engine.languageInfo().name()).isEqualTo("java");
        assertThat(engine.languageInfo().fileExtension()).isEqualTo(".java");
    }

    @Test
    void userExpressionsAreEvaluatedAfterTheCell() {
        ExecuteOutcome outcome = engine.execute(new ExecuteOptions("int base = 20;", 1, false,
                true, false, java.util.Map.of("answer", "base + 22"), InterruptCheck.NEVER), new RecordingCellOutput());
        assertThat(outcome.userExpressions().get("answer")).containsEntry("status", "ok");
        assertThat(((java.util.Map<?, ?>) outcome.userExpressions().get("answer").get("data")).get("text/plain")).isEqualTo("42");
    }

    @Test
    void stderrRecordsNoFailureText() {
        RecordingCellOutput output = new RecordingCellOutput();
        run(engine, "throw new RuntimeException(\"x\");", output);
        assertThat(output.text(StreamName.STDERR)).isEmpty();
    }

    @Test
    void aLockTakenByOneStatementIsHeldByTheNextOnes() {
        assertThat(plain(run(engine, """
                var sameThreadLock = new ReentrantLock();
                sameThreadLock.lock();
                sameThreadLock.lock();
                sameThreadLock.isHeldByCurrentThread() + " " + sameThreadLock.getHoldCount()
                """))).isEqualTo("\"true 2\"");
        run(engine, "sameThreadLock.unlock(); sameThreadLock.unlock();");
    }

    @Test
    void aLockTakenInOneCellIsHeldInTheNext() {
        run(engine, "var crossCellLock = new ReentrantLock(); crossCellLock.lock();");
        assertThat(plain(run(engine, "crossCellLock.isHeldByCurrentThread()"))).isEqualTo("true");
        run(engine, "crossCellLock.unlock();");
        assertThat(plain(run(engine, "crossCellLock.isLocked()"))).isEqualTo("false");
    }

    @Test
    void aThreadLocalSetByOneStatementIsSeenByTheNext() {
        assertThat(plain(run(engine, """
                var perThread = new ThreadLocal<String>();
                perThread.set("kept");
                perThread.get()
                """))).isEqualTo("\"kept\"");
        assertThat(plain(run(engine, "perThread.get()"))).isEqualTo("\"kept\"");
    }

    @Test
    void starImportsKeepTheValuesOfEarlierVariables() {
        run(engine, """
                record Job(int id) {}
                List<String> jobNames = List.of("a", "b");
                List<Job> jobs = new ArrayList<>(List.of(new Job(3)));
                """);
        assertThat(plain(run(engine, """
                import java.util.zip.*;
                import java.util.jar.*;
                jobNames.size() + jobs.get(0).id()
                """))).isEqualTo("5");
    }

    @Test
    void anUncaughtExceptionOfABackgroundThreadShowsInItsCellInCellCoordinates() {
        RecordingCellOutput output = new RecordingCellOutput();
        run(engine, """
                void failInBackground() {
                    throw new IllegalStateException("lost in the background");
                }
                Thread.ofPlatform().name("helper").start(() -> failInBackground()).join();
                Thread.ofVirtual().name("virtual-helper").start(() -> failInBackground()).join();
                """, output);
        RecordingCellOutput.await("both failures on stderr", Duration.ofSeconds(5),
                () -> output.stderr().contains("\"virtual-helper\""));
        String stderr = output.stderr();
        assertThat(stderr).contains("Exception in thread \"helper\"").contains("java.lang.IllegalStateException")
                .contains("lost in the background").contains("failInBackground").contains("line 2").contains("line 4");
        assertThat(stderr).doesNotContain("dev.spindle").doesNotContain("jdk.jshell").doesNotContain("$JShell");
    }
}
