package dev.spindle.grader.report;

import dev.spindle.grader.exercise.ExerciseSpec;
import dev.spindle.grader.exercise.TestKey;
import dev.spindle.grader.verdict.TestOutcome;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Awards points from the exercise's points table, never from anything the tests printed. */
public final class Scorer {

    private Scorer() {}

    /**
     * Rows follow the points table; tests that ran but are not in the table come last with 0 points.
     *
     * @param visibleClasses simple names of the visible test classes that were selected
     * @param hiddenClasses simple names of the hidden test classes that were selected
     */
    public static List<GradedTest> score(ExerciseSpec spec, Map<String, TestOutcome> outcomes,
                                         Set<String> visibleClasses, Set<String> hiddenClasses) {
        Set<String> keys = new LinkedHashSet<>();
        spec.points().keySet().stream().filter(k -> visibleClasses.contains(TestKey.classOf(k))).forEach(keys::add);
        spec.points().keySet().stream().filter(k -> hiddenClasses.contains(TestKey.classOf(k))).forEach(keys::add);
        outcomes.keySet().stream().filter(k -> visibleClasses.contains(TestKey.classOf(k))).forEach(keys::add);
        outcomes.keySet().stream().filter(k -> hiddenClasses.contains(TestKey.classOf(k))).forEach(keys::add);
        List<GradedTest> rows = new ArrayList<>();
        for (String key : keys) {
            TestOutcome outcome = outcomes.get(key);
            if (outcome == null) {
                continue;
            }
            double max = spec.maxPointsFor(key);
            rows.add(new GradedTest(key, hiddenClasses.contains(TestKey.classOf(key)), outcome.verdict(),
                    outcome.verdict().passed() ? max : 0, max, outcome.output(), outcome.repetitions(), outcome.elapsed()));
        }
        return rows;
    }
}
