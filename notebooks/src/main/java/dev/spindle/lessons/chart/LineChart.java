package dev.spindle.lessons.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** One or more named series of (x, y) points, e.g. scan cost against the number of descriptors. */
public record LineChart(String title, String xLabel, String yLabel, List<Series> series) implements Chart {

    /** A named line. */
    public record Series(String name, List<Point> points) {
        public Series {
            points = List.copyOf(points);
        }
    }

    public record Point(double x, double y) {}

    public LineChart {
        series = List.copyOf(series);
    }

    @Override
    public JFreeChart toJFreeChart() {
        XYSeriesCollection dataset = new XYSeriesCollection();
        for (Series s : series) {
            XYSeries xy = new XYSeries(s.name(), false, true);
            s.points().forEach(p -> xy.add(p.x(), p.y()));
            dataset.addSeries(xy);
        }
        JFreeChart chart = ChartFactory.createXYLineChart(title, xLabel, yLabel, dataset,
                PlotOrientation.VERTICAL, true, true, false);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        for (int i = 0; i < series.size(); i++) {
            renderer.setSeriesPaint(i, Palette.color(Palette.hex(i)));
            renderer.setSeriesStroke(i, new BasicStroke(2f));
        }
        plot.setRenderer(renderer);
        return chart;
    }

    @Override
    public Map<String, Object> vegaLiteSpec() {
        List<Map<String, Object>> values = new ArrayList<>();
        for (Series s : series) {
            for (Point p : s.points()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("series", s.name());
                row.put("x", p.x());
                row.put("y", p.y());
                values.add(row);
            }
        }
        List<String> names = series.stream().map(Series::name).toList();
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("$schema", VEGA_LITE_SCHEMA);
        spec.put("title", title);
        spec.put("width", 500);
        spec.put("height", 300);
        spec.put("data", Map.of("values", values));
        spec.put("mark", Map.of("type", "line", "point", true));
        spec.put("encoding", Map.of(
                "x", Map.of("field", "x", "type", "quantitative", "title", xLabel),
                "y", Map.of("field", "y", "type", "quantitative", "title", yLabel),
                "color", Map.of("field", "series", "type", "nominal", "title", "",
                        "scale", Map.of("domain", names,
                                "range", names.stream().map(n -> Palette.hex(names.indexOf(n))).toList())),
                "tooltip", List.of(Map.of("field", "series"), Map.of("field", "x"), Map.of("field", "y"))));
        return spec;
    }

    @Override
    public String plainText() {
        StringBuilder out = new StringBuilder(title).append('\n');
        for (Series s : series) {
            out.append("  ").append(s.name()).append(": ");
            s.points().forEach(p -> out.append("(%s, %s) ".formatted(number(p.x()), number(p.y()))));
            out.append('\n');
        }
        return out.toString();
    }

    private static String number(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
