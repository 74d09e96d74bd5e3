package dev.spindle.grader.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.spindle.grader.verdict.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Gradescope's results.json (autograder specs): written once, by the parent, with a real JSON library. */
public final class GradescopeJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private GradescopeJson() {}

    public record Results(
            double score,
            @JsonProperty("execution_time") double executionTime,
            String output,
            List<Test> tests) {}

    public record Test(
            String name,
            double score,
            @JsonProperty("max_score") double maxScore,
            String status,
            String output,
            String visibility) {}

    public static Results of(GradeReport report) {
        List<Test> tests = report.tests().stream().map(t -> new Test(
                t.name(),
                t.points(),
                t.maxPoints(),
                t.verdict().passed() ? "passed" : "failed",
                testOutput(t),
                t.hidden() ? report.hiddenVisibility() : "visible")).toList();
        StringBuilder output = new StringBuilder();
        report.notes().forEach(n -> output.append("Note: ").append(n).append('\n'));
        if (!report.problem().isEmpty()) {
            output.append(report.problem()).append('\n');
        }
        output.append(report.exerciseId()).append(": ").append(GradeReport.points(report.score())).append(" / ")
                .append(GradeReport.points(report.maxScore())).append(" points\n");
        if (!report.repeats().describe().isEmpty()) {
            output.append(report.repeats().describe()).append('\n');
        }
        report.flakyTests().forEach(t -> output.append("Flaky: ").append(t.name()).append(" — ")
                .append(t.repetitions().describe()).append('\n'));
        output.append(report.sandbox().describe());
        return new Results(report.score(), report.elapsed().toMillis() / 1000.0, output.toString(), tests);
    }

    private static String testOutput(GradedTest t) {
        if (t.hidden()) {
            return t.verdictLabel();
        }
        StringBuilder out = new StringBuilder(t.verdictLabel());
        if (t.flaky()) {
            out.append("\n").append(t.repetitions().describe());
        }
        String explanation = t.verdict().explanation();
        if (!explanation.isEmpty() && !(t.verdict() instanceof Verdict.DidNotCompile)) {
            out.append("\n").append(explanation);
        } else if (t.verdict() instanceof Verdict.DidNotCompile) {
            out.append(" (see the compiler errors above)");
        }
        if (!t.output().isEmpty()) {
            out.append("\n--- printed ---\n").append(t.output());
        }
        return out.toString();
    }

    public static String toJson(GradeReport report) {
        try {
            return JSON.writeValueAsString(of(report));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void write(GradeReport report, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, toJson(report) + "\n");
    }
}
