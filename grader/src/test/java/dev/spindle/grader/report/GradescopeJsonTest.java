package dev.spindle.grader.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.spindle.grader.verdict.CrashCause;
import dev.spindle.grader.verdict.Verdict;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GradescopeJsonTest {

    static GradeReport sample() {
        return new GradeReport("01-counter", "Counter", "Counter.java", true, List.of(
                new GradedTest("CounterTest#a", false, new Verdict.Passed(), 1, 1, "hello \"world\"\\\n"),
                new GradedTest("CounterTest#b", false, new Verdict.Failed("expected: <1> but was: <0>"), 0, 2, ""),
                new GradedTest("CounterHiddenTest#c", true, new Verdict.Deadlocked("secret cycle"), 0, 3, "secret output"),
                new GradedTest("CounterHiddenTest#d", true, new Verdict.Crashed(CrashCause.SYSTEM_EXIT, "x"), 0, 1.5, ""),
                new GradedTest("CounterHiddenTest#e", true, new Verdict.Passed(), 2.5, 2.5, "")),
                List.of("a note"), "", "after_published", Duration.ofMillis(2_345));
    }

    @Test
    void usesGradescopeFieldNamesAndTypes() throws Exception {
        JsonNode json = new ObjectMapper().readTree(GradescopeJson.toJson(sample()));
        assertThat(json.properties()).extracting(e -> e.getKey())
                .containsExactlyInAnyOrder("score", "execution_time", "output", "tests");
        assertThat(json.get("score").isNumber()).isTrue();
        assertThat(json.get("execution_time").asDouble()).isEqualTo(2.345);
        assertThat(json.get("output").isTextual()).isTrue();
        for (JsonNode test : json.get("tests")) {
            assertThat(test.properties()).extracting(e -> e.getKey())
                    .containsExactlyInAnyOrder("name", "score", "max_score", "status", "output", "visibility");
            assertThat(test.get("name").isTextual()).isTrue();
            assertThat(test.get("score").isNumber()).isTrue();
            assertThat(test.get("max_score").isNumber()).isTrue();
            assertThat(test.get("status").asText()).isIn("passed", "failed");
            assertThat(test.get("visibility").asText()).isIn(Set.of("visible", "hidden", "after_due_date", "after_published"));
        }
    }

    @Test
    void scoresAddUpAndStatusFollowsTheVerdict() throws Exception {
        JsonNode json = new ObjectMapper().readTree(GradescopeJson.toJson(sample()));
        double sum = 0;
        for (JsonNode test : json.get("tests")) {
            sum += test.get("score").asDouble();
            assertThat(test.get("score").asDouble()).isLessThanOrEqualTo(test.get("max_score").asDouble());
        }
        assertThat(json.get("score").asDouble()).isEqualTo(sum).isEqualTo(3.5);
        assertThat(json.get("tests").get(1).get("status").asText()).isEqualTo("failed");
        assertThat(json.get("tests").get(4).get("status").asText()).isEqualTo("passed");
    }

    @Test
    void hiddenTestsShowOnlyTheirVerdict() throws Exception {
        JsonNode json = new ObjectMapper().readTree(GradescopeJson.toJson(sample()));
        JsonNode hidden = json.get("tests").get(2);
        assertThat(hidden.get("output").asText()).isEqualTo("deadlocked");
        assertThat(hidden.get("visibility").asText()).isEqualTo("after_published");
        assertThat(json.toString()).doesNotContain("secret");
        assertThat(json.get("tests").get(0).get("output").asText()).contains("hello \"world\"\\");
    }

    @Test
    void htmlEscapesEverythingTheStudentControls() {
        String html = HtmlReport.render(new GradeReport("x", "t", "s", false, List.of(
                new GradedTest("T#a", false, new Verdict.Failed("<script>alert(1)</script>"), 0, 1, "")),
                List.of(), "", "after_published", Duration.ZERO));
        assertThat(html).contains("&lt;script&gt;").doesNotContain("<script>").contains("<table>");
    }
}
