package dev.spindle.lessons.bench;

import dev.spindle.lessons.chart.Bar;
import dev.spindle.lessons.chart.BarChart;
import dev.spindle.runtime.Mime;
import dev.spindle.runtime.MimeRenderable;
import dev.spindle.runtime.MimeTypes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Several results side by side: a text table and a bar chart of medians with p10..p90 whiskers. */
public record BenchReport(String title, List<BenchResult> results) implements MimeRenderable {

    public BenchReport {
        results = List.copyOf(results);
    }

    public static BenchReport of(String title, BenchResult... results) {
        return new BenchReport(title, List.of(results));
    }

    public BarChart chart() {
        double largest = results.stream().mapToDouble(r -> r.stats().p90()).max().orElse(1);
        Durations.Unit unit = Durations.unitFor(largest);
        List<Bar> bars = results.stream()
                .map(r -> Bar.withRange(r.name(), r.stats().median() / unit.nanos(),
                        r.stats().p10() / unit.nanos(), r.stats().p90() / unit.nanos()))
                .toList();
        return new BarChart(title, "median per run (" + unit.name() + "), whiskers p10..p90", bars);
    }

    /** The caveat to print under the chart, or an empty string when every result is steady. */
    public String noiseNote() {
        int cores = Runtime.getRuntime().availableProcessors();
        List<String> noisy = results.stream().filter(BenchResult::isNoisy).map(BenchResult::name).toList();
        StringBuilder note = new StringBuilder();
        if (!noisy.isEmpty()) {
            note.append("Noisy (p10..p90 wider than 20% of the median): ").append(String.join(", ", noisy))
                    .append(". Differences smaller than the whiskers are not real.");
        }
        if (cores <= 2) {
            if (!note.isEmpty()) note.append(' ');
            note.append("This machine has ").append(cores)
                    .append(cores == 1 ? " core" : " cores").append(": parallel speed-ups are capped and erratic.");
        }
        return note.toString();
    }

    public String table() {
        StringBuilder out = new StringBuilder(title).append('\n');
        results.forEach(r -> out.append("  ").append(r).append('\n'));
        String note = noiseNote();
        if (!note.isEmpty()) out.append("  ").append(note).append('\n');
        return out.toString();
    }

    @Override
    public Mime toMime() {
        Map<String, Object> bundle = new LinkedHashMap<>(chart().toMimeBundle());
        bundle.put(MimeTypes.TEXT, table());
        return new Mime(bundle, Map.of());
    }

    @Override
    public String toString() {
        return table();
    }
}
