package dev.spindle.grader.cli;

import dev.spindle.grader.exercise.ExerciseCatalog;
import dev.spindle.grader.exercise.ExerciseDefinitionException;
import dev.spindle.grader.exercise.ExerciseFolder;
import dev.spindle.grader.gradescope.GradescopePackage;
import dev.spindle.grader.release.ExerciseRelease;
import dev.spindle.grader.report.GradeReport;
import dev.spindle.grader.report.GradescopeJson;
import dev.spindle.grader.report.HtmlReport;
import dev.spindle.grader.report.TerminalReport;
import dev.spindle.grader.run.SandboxBenchmark;
import dev.spindle.grader.run.SubmissionRunner;
import dev.spindle.grader.sandbox.HostCapabilities;
import dev.spindle.grader.sandbox.Protection;
import dev.spindle.grader.sandbox.Sandbox;
import dev.spindle.grader.sandbox.SandboxProfile;
import dev.spindle.grader.sandbox.SandboxUnavailableException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * {@code spindle grade} — the grader's command line, and the API the kernel's %grade magic calls.
 *
 * <p>Exit codes: 0 done (for {@code check}: every visible test passed), 1 {@code check} found failing tests,
 * 2 usage error, 3 the exercise or a file could not be used, 4 --require-sandbox and a protection is missing.
 */
public final class GraderMain {

    static final String USAGE = """
            Usage: spindle grade <command> [options]
              list                                  the exercises and their points
              check ID PATH                         run the visible tests on your solution
              run ID PATH [--hidden] [--json FILE] [--format=text|html|json] [--repeat N]
                                                    grade of record (with --hidden: hidden tests too);
                                                    --repeat N: run the tests N times in one JVM, a test
                                                    passes only if it passed every time (else: flaky)
              release OUT_DIR                       copy exercises/ without instructor files (.meta)
              sandbox                               which isolation mechanisms work on this host
              bench-sandbox ID [PATH] [--rounds N]  time grading with and without the sandbox (PATH: reference)
              batch ID SUBMISSIONS --out DIR [--jobs N] [--regrade] [--db JDBC_URL]
                                                    grade a class: one subfolder, .java or .ipynb per student;
                                                    resumable; gradebook default DIR/gradebook.sqlite
              package ID --gradescope OUT.zip       a Gradescope autograder (setup.sh, run_autograder, jars, exercise)
              export [ID] --db JDBC_URL --out FILE.csv
                                                    the class CSV from the gradebook (latest grade each)
            PATH is a .java file, a folder holding the submission files, or a notebook (.ipynb) whose
            solution cells start with a line like:  // spindle:solution Counter.java
            Options: --exercises DIR (default: $SPINDLE_HOME/exercises, else ./exercises)
                     --require-sandbox  refuse to grade unless every sandbox protection is available
            """;

    private GraderMain() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine line;
        try {
            line = CommandLine.parse(args);
        } catch (CommandLine.UsageException e) {
            if (!e.getMessage().isEmpty()) {
                err.println(e.getMessage());
            }
            err.print(USAGE);
            return 2;
        }
        try {
            ExerciseCatalog catalog = new ExerciseCatalog(exercisesRoot(line));
            return switch (line.command()) {
                case "list" -> list(catalog, out);
                case "check" -> check(catalog, line, out);
                case "run" -> grade(catalog, line, out);
                case "release" -> release(catalog, line, out);
                case "sandbox" -> sandbox(out);
                case "bench-sandbox" -> benchSandbox(catalog, line, out);
                case "batch" -> ClassCommands.batch(find(catalog, line.argument(0, "an exercise ID")), line, args, out, err);
                case "export" -> ClassCommands.export(line, out);
                case "package" -> gradescopePackage(catalog, line, out);
                case "help", "--help" -> {
                    out.print(USAGE);
                    yield 0;
                }
                default -> throw new CommandLine.UsageException("Unknown command " + line.command());
            };
        } catch (CommandLine.UsageException e) {
            err.println(e.getMessage());
            err.print(USAGE);
            return 2;
        } catch (SandboxUnavailableException e) {
            err.println("spindle grade: " + e.getMessage());
            return 4;
        } catch (ExerciseDefinitionException | IllegalArgumentException | IOException e) {
            err.println("spindle grade: " + e.getMessage());
            return 3;
        }
    }

    private static int list(ExerciseCatalog catalog, PrintStream out) {
        var exercises = catalog.exercises();
        if (exercises.isEmpty()) {
            out.println("No exercises in " + catalog.root());
        }
        for (ExerciseFolder e : exercises) {
            double total = e.spec().points().values().stream().mapToDouble(Double::doubleValue).sum();
            out.printf("%-28s %-40s %6s points  submit: %s%n", e.id(), e.spec().title(),
                    total == Math.rint(total) ? Long.toString((long) total) : Double.toString(total),
                    String.join(", ", e.spec().submission()));
        }
        return 0;
    }

    private static int check(ExerciseCatalog catalog, CommandLine line, PrintStream out) {
        ExerciseFolder exercise = find(catalog, line.argument(0, "an exercise ID"));
        GradeReport report = SubmissionRunner.grade(exercise, Path.of(line.argument(1, "a PATH to your solution")), false,
                sandboxFor(line));
        out.print(TerminalReport.render(report, true));
        return report.allPassed() ? 0 : 1;
    }

    private static int grade(ExerciseCatalog catalog, CommandLine line, PrintStream out) throws IOException {
        ExerciseFolder exercise = find(catalog, line.argument(0, "an exercise ID"));
        GradeReport report = SubmissionRunner.grade(exercise, Path.of(line.argument(1, "a PATH to the submission")),
                line.hidden(), sandboxFor(line), line.number("--repeat", 1));
        if (line.json().isPresent()) {
            GradescopeJson.write(report, line.json().get());
        }
        out.print(switch (line.format()) {
            case "html" -> HtmlReport.render(report);
            case "json" -> GradescopeJson.toJson(report) + "\n";
            default -> TerminalReport.render(report, false);
        });
        return 0;
    }

    private static int release(ExerciseCatalog catalog, CommandLine line, PrintStream out) throws IOException {
        Path target = Path.of(line.argument(0, "an OUT_DIR"));
        int files = ExerciseRelease.copy(catalog.root(), target);
        out.println("Released " + catalog.exerciseFolders().size() + " exercise(s), " + files + " files, to " + target);
        return 0;
    }

    static SandboxProfile sandboxFor(CommandLine line) {
        return line.requireSandbox() ? Sandbox.requireComplete() : Sandbox.profile();
    }

    private static int sandbox(PrintStream out) {
        SandboxProfile profile = Sandbox.profile();
        out.println(profile.summary().describe());
        HostCapabilities host = profile.host();
        out.printf("  root: %s, setpriv: %s, prlimit: %s, bwrap: %s (as sandbox user: %s, as root: %s)%n", host.root(),
                host.setpriv(), host.prlimit(), host.bubblewrap().map(Path::toString).orElse("missing"),
                host.bubblewrapAsSandboxUser(), host.bubblewrapAsRoot());
        out.printf("  cgroup v1 memory+pids: %s, cgroup2 kill: %s, seccomp: %s%n",
                host.cgroupV1().map(c -> c.memory().getParent().toString()).orElse("no"),
                host.cgroupV2Kill().map(Path::toString).orElse("no"),
                host.seccompLauncher().map(Path::toString).orElse("no"));
        host.notes().forEach(n -> out.println("  note: " + n));
        for (Protection p : Protection.values()) {
            out.printf("  [%s] %-22s %s%n", profile.summary().active().contains(p) ? "x" : " ", p.label(), p.description());
        }
        return 0;
    }

    private static int benchSandbox(ExerciseCatalog catalog, CommandLine line, PrintStream out) {
        ExerciseFolder exercise = find(catalog, line.argument(0, "an exercise ID"));
        Path submission = line.arguments().size() > 1 ? Path.of(line.arguments().get(1)) : exercise.reference();
        var result = SandboxBenchmark.run(exercise, submission, sandboxFor(line), line.number("--rounds", 5));
        out.print(result.describe());
        return result.score() == result.unsandboxedScore() ? 0 : 1;
    }

    private static int gradescopePackage(ExerciseCatalog catalog, CommandLine line, PrintStream out) throws IOException {
        ExerciseFolder exercise = find(catalog, line.argument(0, "an exercise ID"));
        Path zip = line.path("--gradescope").orElseThrow(() -> new CommandLine.UsageException("package needs --gradescope OUT.zip"));
        int files = GradescopePackage.write(exercise, zip);
        out.println("Wrote " + zip + " (" + files + " files): upload it as the assignment's autograder.");
        return 0;
    }

    private static ExerciseFolder find(ExerciseCatalog catalog, String id) {
        return catalog.find(id).orElseThrow(() -> new IllegalArgumentException(
                "No exercise " + id + " in " + catalog.root() + ". Try: spindle grade list"));
    }

    private static Path exercisesRoot(CommandLine line) {
        if (line.exercises().isPresent()) {
            return line.exercises().get();
        }
        String home = System.getenv("SPINDLE_HOME");
        return home == null || home.isBlank() ? Path.of("exercises") : Path.of(home, "exercises");
    }
}
