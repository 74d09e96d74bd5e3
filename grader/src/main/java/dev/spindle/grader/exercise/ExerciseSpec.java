package dev.spindle.grader.exercise;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The contents of {@code .meta/exercise.json}.
 *
 * @param points test key ({@code SimpleTestClass#method}) to points; the order is the report order
 * @param hiddenVisibility Gradescope visibility of hidden tests (optional, default {@code after_published})
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ExerciseSpec(
        String id,
        String title,
        String lesson,
        @JsonProperty("package") String packageName,
        List<String> submission,
        Limits limits,
        Map<String, Double> points,
        Map<String, WrongSolution> wrong,
        String hiddenVisibility) {

    public ExerciseSpec {
        title = title == null ? id : title;
        lesson = lesson == null ? "" : lesson;
        submission = submission == null ? List.of() : List.copyOf(submission);
        limits = limits == null ? Limits.DEFAULT : limits;
        points = points == null ? Map.of() : new LinkedHashMap<>(points);
        wrong = wrong == null ? Map.of() : new LinkedHashMap<>(wrong);
        hiddenVisibility = hiddenVisibility == null ? "after_published" : hiddenVisibility;
    }

    public String packagePath() {
        return packageName.replace('.', '/');
    }

    public double maxPointsFor(String testKey) {
        return points.getOrDefault(testKey, 0.0);
    }
}
