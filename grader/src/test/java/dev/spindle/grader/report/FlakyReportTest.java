package dev.spindle.grader.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.spindle.grader.sandbox.SandboxSummary;
import dev.spindle.grader.verdict.Repetitions;
import dev.spindle.grader.verdict.Verdict;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class FlakyReportTest {

    private static final Repetitions EVERY_SECOND_FAILS = new Repetitions(List.of("passed", "failed", "passed", "failed"));

    private static GradeReport report() {
        return new GradeReport("01-counter", "Counter", "Counter.java", true, List.of(
                new GradedTest("CounterTest#steady", false, new Verdict.Passed(), 1, 1, "", new Repetitions(
                        Collections.nCopies(4, "passed"))),
                new GradedTest("CounterTest#wobbly", false, new Verdict.Failed("expected: <0> but was: <1>"), 0, 2, "",
                        EVERY_SECOND_FAILS),
                new GradedTest("CounterHiddenTest#secret", true, new Verdict.Failed("secret message"), 0, 3, "",
                        EVERY_SECOND_FAILS)),
                List.of(), "", "after_published", Duration.ofSeconds(3), SandboxSummary.none("test"), new RepeatCount(4, 4));
    }

    @Test
    void terminalReportMarksFlakyTestsAndSaysHowOftenTheyPassed() {
        String text = TerminalReport.render(report(), false);
        assertThat(text).contains("Repeated: the tests ran 4 times in one JVM")
                .contains("failed, flaky")
                .contains("CounterTest#wobbly — flaky: passed in 2 of 4 repetitions; failed in repetitions 2, 4")
                .contains("CounterHiddenTest#secret (hidden) — flaky: passed in 2 of 4")
                .doesNotContain("secret message");
        assertThat(text.lines().filter(l -> l.contains("CounterTest#steady")).findFirst().orElseThrow()).doesNotContain("flaky");
    }

    @Test
    void gradescopeJsonNamesFlakyTestsInTheOutputAndInEachTest() throws Exception {
        JsonNode json = new ObjectMapper().readTree(GradescopeJson.toJson(report()));
        assertThat(json.get("output").asText()).contains("Repeated: the tests ran 4 times")
                .contains("Flaky: CounterTest#wobbly — flaky: passed in 2 of 4 repetitions")
                .contains("Flaky: CounterHiddenTest#secret");
        assertThat(json.get("tests").get(1).get("output").asText()).startsWith("failed, flaky\nflaky: passed in 2 of 4");
        assertThat(json.get("tests").get(1).get("score").asDouble()).isZero();
        assertThat(json.get("tests").get(2).get("output").asText()).isEqualTo("failed, flaky");
        assertThat(json.toString()).doesNotContain("secret message");
    }

    @Test
    void htmlMarksTheFlakyRow() {
        String html = HtmlReport.render(report());
        assertThat(html).contains("<tr class=\"failed flaky\"><td>CounterTest#wobbly</td><td>failed, flaky</td>")
                .contains("flaky: passed in 2 of 4 repetitions; failed in repetitions 2, 4")
                .contains("Repeated: the tests ran 4 times")
                .doesNotContain("secret message");
    }

    @Test
    void aSingleRunSaysNothingAboutRepetitions() {
        assertThat(TerminalReport.render(GradescopeJsonTest.sample(), false)).doesNotContain("Repeated").doesNotContain("flaky");
    }
}
