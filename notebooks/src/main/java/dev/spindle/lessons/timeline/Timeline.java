package dev.spindle.lessons.timeline;

import dev.spindle.lessons.chart.GanttChart;
import dev.spindle.runtime.Mime;
import dev.spindle.runtime.MimeRenderable;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** Recorded spans, ready to chart; a cell ending in a timeline shows its Gantt chart. */
public record Timeline(String title, String unit, List<Span> spans) implements MimeRenderable {

    public Timeline {
        spans = spans.stream()
                .sorted(Comparator.comparingLong(Span::start).thenComparingLong(Span::end))
                .toList();
    }

    /** Lanes in the order they first did something. */
    public List<String> lanes() {
        return List.copyOf(new LinkedHashSet<>(spans.stream().map(Span::lane).toList()));
    }

    public List<Span> spansOf(String lane) {
        return spans.stream().filter(s -> s.lane().equals(lane)).toList();
    }

    /** Total time per kind for one lane. */
    public Map<SpanKind, Long> totals(String lane) {
        Map<SpanKind, Long> totals = new EnumMap<>(SpanKind.class);
        spansOf(lane).forEach(s -> totals.merge(s.kind(), s.duration(), Long::sum));
        return totals;
    }

    public GanttChart toChart() {
        Map<String, String> categories = new LinkedHashMap<>();
        for (SpanKind kind : SpanKind.values()) {
            if (spans.stream().anyMatch(s -> s.kind() == kind)) categories.put(kind.name(), kind.color());
        }
        List<GanttChart.Segment> segments = spans.stream()
                .map(s -> new GanttChart.Segment(s.lane(), s.kind().name(), s.start(), s.end(), s.note()))
                .toList();
        return new GanttChart(title, unit, lanes(), categories, segments);
    }

    @Override
    public Mime toMime() {
        return toChart().toMime();
    }

    public Map<String, Object> toMimeBundle() {
        return toChart().toMimeBundle();
    }
}
