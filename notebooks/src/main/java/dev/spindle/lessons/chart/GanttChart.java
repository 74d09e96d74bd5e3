package dev.spindle.lessons.chart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * Horizontal bars on numeric time: one lane per thread, one colour per category (RUNNING, WAITING_GIL...).
 *
 * @param lanes      top-to-bottom lane order
 * @param categories category name to colour ("#rrggbb"), in legend order
 */
public record GanttChart(String title, String timeUnit, List<String> lanes, Map<String, String> categories,
                         List<Segment> segments) implements Chart {

    /** One bar: {@code lane} was in {@code category} from {@code start} to {@code end}. */
    public record Segment(String lane, String category, double start, double end, String note) {}

    public GanttChart {
        lanes = List.copyOf(lanes);
        categories = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(categories));
        segments = List.copyOf(segments);
    }

    @Override
    public int pngHeight() {
        return Math.max(240, 120 + 44 * lanes.size());
    }

    @Override
    public JFreeChart toJFreeChart() {
        XYIntervalSeriesCollection dataset = new XYIntervalSeriesCollection();
        List<String> used = new ArrayList<>();
        for (String category : categories.keySet()) {
            XYIntervalSeries series = new XYIntervalSeries(category);
            for (Segment s : segments) {
                if (!s.category().equals(category)) continue;
                int lane = lanes.size() - 1 - lanes.indexOf(s.lane());
                series.add(lane, lane - 0.3, lane + 0.3, s.start(), s.start(), s.end());
            }
            if (series.getItemCount() > 0) {
                dataset.addSeries(series);
                used.add(category);
            }
        }
        SymbolAxis laneAxis = new SymbolAxis(null, lanes.reversed().toArray(String[]::new));
        laneAxis.setGridBandsVisible(false);
        NumberAxis timeAxis = new NumberAxis("time (" + timeUnit + ")");
        timeAxis.setAutoRangeIncludesZero(true);
        XYBarRenderer renderer = new XYBarRenderer();
        renderer.setUseYInterval(true);
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        for (int i = 0; i < used.size(); i++) {
            renderer.setSeriesPaint(i, Palette.color(categories.get(used.get(i))));
        }
        XYPlot plot = new XYPlot(dataset, laneAxis, timeAxis, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        return new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
    }

    @Override
    public Map<String, Object> vegaLiteSpec() {
        List<Map<String, Object>> values = new ArrayList<>();
        for (Segment s : segments) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("lane", s.lane());
            row.put("category", s.category());
            row.put("start", s.start());
            row.put("end", s.end());
            row.put("duration", s.end() - s.start());
            row.put("note", s.note() == null ? "" : s.note());
            values.add(row);
        }
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("$schema", VEGA_LITE_SCHEMA);
        spec.put("title", title);
        spec.put("width", 640);
        spec.put("height", Map.of("step", 32));
        spec.put("data", Map.of("values", values));
        spec.put("mark", Map.of("type", "bar", "tooltip", true));
        spec.put("params", List.of(Map.of("name", "zoom", "select", "interval", "bind", "scales",
                "encodings", List.of("x"))));
        spec.put("encoding", Map.of(
                "y", laneEncoding(),
                "x", Map.of("field", "start", "type", "quantitative", "title", "time (" + timeUnit + ")"),
                "x2", Map.of("field", "end"),
                "color", Map.of("field", "category", "type", "nominal", "title", "",
                        "scale", Map.of("domain", List.copyOf(categories.keySet()),
                                "range", List.copyOf(categories.values()))),
                "tooltip", List.of(Map.of("field", "lane"), Map.of("field", "category"),
                        Map.of("field", "start"), Map.of("field", "end"), Map.of("field", "duration"),
                        Map.of("field", "note"))));
        return spec;
    }

    private Map<String, Object> laneEncoding() {
        Map<String, Object> y = new LinkedHashMap<>();
        y.put("field", "lane");
        y.put("type", "nominal");
        y.put("sort", lanes);
        y.put("title", null);
        return y;
    }

    @Override
    public String plainText() {
        StringBuilder out = new StringBuilder(title).append(" (").append(segments.size()).append(" spans)\n");
        for (String lane : lanes) {
            Map<String, Double> totals = new LinkedHashMap<>();
            segments.stream().filter(s -> s.lane().equals(lane))
                    .forEach(s -> totals.merge(s.category(), s.end() - s.start(), Double::sum));
            out.append("  ").append(lane).append(": ");
            totals.forEach((k, v) -> out.append(k).append(' ').append("%.0f".formatted(v)).append(timeUnit).append("  "));
            out.append('\n');
        }
        return out.toString();
    }
}
