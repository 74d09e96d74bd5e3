package dev.spindle.lessons.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/** Bars with optional whiskers, e.g. median latency with p10..p90, or throughput per configuration. */
public record BarChart(String title, String valueLabel, List<Bar> bars) implements Chart {

    public BarChart {
        bars = List.copyOf(bars);
    }

    @Override
    public JFreeChart toJFreeChart() {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (Bar bar : bars) dataset.addValue(bar.value(), valueLabel, bar.label());
        JFreeChart chart = ChartFactory.createBarChart(title, null, valueLabel, dataset,
                PlotOrientation.VERTICAL, false, true, false);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        WhiskerBarRenderer renderer = new WhiskerBarRenderer(bars);
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, Palette.color(Palette.hex(0)));
        renderer.setMaximumBarWidth(0.12);
        plot.setRenderer(renderer);
        double top = bars.stream().mapToDouble(b -> b.hasRange() ? b.high() : b.value()).max().orElse(1);
        plot.getRangeAxis().setRange(0, top > 0 ? top * 1.1 : 1);
        return chart;
    }

    @Override
    public Map<String, Object> vegaLiteSpec() {
        List<Map<String, Object>> values = new ArrayList<>();
        for (Bar bar : bars) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("label", bar.label());
            row.put("value", bar.value());
            if (bar.hasRange()) {
                row.put("low", bar.low());
                row.put("high", bar.high());
            }
            values.add(row);
        }
        Map<String, Object> x = Map.of("field", "label", "type", "nominal",
                "sort", bars.stream().map(Bar::label).toList(), "title", "");
        Map<String, Object> barLayer = new LinkedHashMap<>();
        barLayer.put("mark", Map.of("type", "bar", "color", Palette.hex(0)));
        barLayer.put("encoding", Map.of(
                "x", x,
                "y", Map.of("field", "value", "type", "quantitative", "title", valueLabel),
                "tooltip", List.of(Map.of("field", "label"), Map.of("field", "value"),
                        Map.of("field", "low"), Map.of("field", "high"))));
        List<Object> layers = new ArrayList<>(List.of(barLayer));
        if (bars.stream().anyMatch(Bar::hasRange)) {
            Map<String, Object> whisker = new LinkedHashMap<>();
            whisker.put("mark", Map.of("type", "rule", "color", "black"));
            whisker.put("encoding", Map.of(
                    "x", x,
                    "y", Map.of("field", "low", "type", "quantitative"),
                    "y2", Map.of("field", "high")));
            layers.add(whisker);
        }
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("$schema", VEGA_LITE_SCHEMA);
        spec.put("title", title);
        spec.put("width", 500);
        spec.put("height", 300);
        spec.put("data", Map.of("values", values));
        spec.put("layer", layers);
        return spec;
    }

    @Override
    public String plainText() {
        StringBuilder out = new StringBuilder(title).append('\n');
        for (Bar bar : bars) {
            out.append("  %-24s %12.3f".formatted(bar.label(), bar.value()));
            if (bar.hasRange()) out.append("  [%.3f .. %.3f]".formatted(bar.low(), bar.high()));
            out.append('\n');
        }
        return out.toString();
    }

    /** Draws each bar, then its whisker over it. */
    private static final class WhiskerBarRenderer extends BarRenderer {
        private final List<Bar> bars;

        WhiskerBarRenderer(List<Bar> bars) {
            this.bars = bars;
        }

        @Override
        public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea,
                             CategoryPlot plot, CategoryAxis domainAxis, ValueAxis rangeAxis,
                             CategoryDataset dataset, int row, int column, int pass) {
            super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
            if (pass != getPassCount() - 1) return;
            Bar bar = bars.get(column);
            if (!bar.hasRange()) return;
            double x = domainAxis.getCategorySeriesMiddle(column, dataset.getColumnCount(), row,
                    dataset.getRowCount(), getItemMargin(), dataArea, plot.getDomainAxisEdge());
            double yLow = rangeAxis.valueToJava2D(bar.low(), dataArea, plot.getRangeAxisEdge());
            double yHigh = rangeAxis.valueToJava2D(bar.high(), dataArea, plot.getRangeAxisEdge());
            double cap = 6;
            g2.setPaint(Color.BLACK);
            g2.setStroke(new BasicStroke(1.5f));
            g2.draw(new Line2D.Double(x, yLow, x, yHigh));
            g2.draw(new Line2D.Double(x - cap, yLow, x + cap, yLow));
            g2.draw(new Line2D.Double(x - cap, yHigh, x + cap, yHigh));
        }
    }
}
