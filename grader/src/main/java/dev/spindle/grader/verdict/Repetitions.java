package dev.spindle.grader.verdict;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The verdict labels one test got in each repetition that reached it, in order (repetition 1 first). A test is
 * flaky when they differ; its verdict of record is the worst of them.
 */
public record Repetitions(List<String> verdicts) {

    public static final Repetitions NONE = new Repetitions(List.of());

    public Repetitions {
        verdicts = List.copyOf(verdicts);
    }

    public boolean flaky() {
        return verdicts.stream().distinct().count() > 1;
    }

    /** For example "flaky: passed in 5 of 10 repetitions; failed in repetitions 2, 4, 6, 8, 10". */
    public String describe() {
        Map<String, List<Integer>> byVerdict = new LinkedHashMap<>();
        for (int i = 0; i < verdicts.size(); i++) {
            byVerdict.computeIfAbsent(verdicts.get(i), v -> new ArrayList<>()).add(i + 1);
        }
        int passed = byVerdict.getOrDefault("passed", List.of()).size();
        String others = byVerdict.entrySet().stream().filter(e -> !e.getKey().equals("passed"))
                .map(e -> e.getKey() + " in repetition" + (e.getValue().size() > 1 ? "s " : " ")
                        + e.getValue().stream().map(String::valueOf).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
        return "flaky: passed in " + passed + " of " + verdicts.size() + " repetitions; " + others;
    }
}
