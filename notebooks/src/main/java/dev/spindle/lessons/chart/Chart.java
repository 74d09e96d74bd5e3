package dev.spindle.lessons.chart;

import dev.spindle.runtime.Mime;
import dev.spindle.runtime.MimeRenderable;
import dev.spindle.runtime.MimeTypes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jfree.chart.JFreeChart;

/**
 * A chart a lesson cell can show. It renders twice: a static PNG (JFreeChart, for GitHub and exported notebooks)
 * and an interactive Vega-Lite v5 spec (for JupyterLab); a cell ending in a chart shows one bundle with both.
 */
public sealed interface Chart extends MimeRenderable permits GanttChart, BarChart, LineChart {

    int DEFAULT_WIDTH = 800;
    int DEFAULT_HEIGHT = 400;
    String VEGA_LITE_SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json";

    String title();

    /** The chart for the PNG; a fresh object each call, so callers may restyle it. */
    JFreeChart toJFreeChart();

    /** The Vega-Lite v5 specification as a JSON tree (maps, lists, strings, numbers). */
    Map<String, Object> vegaLiteSpec();

    /** A few lines of text for front ends that show neither image nor chart. */
    String plainText();

    default int pngHeight() {
        return DEFAULT_HEIGHT;
    }

    default byte[] png() {
        return png(DEFAULT_WIDTH, pngHeight());
    }

    default byte[] png(int width, int height) {
        return PngRenderer.render(toJFreeChart(), width, height);
    }

    default String vegaLiteJson() {
        return JsonWriter.write(vegaLiteSpec());
    }

    /** One Jupyter MIME bundle: PNG (base64), Vega-Lite and plain text. */
    default Map<String, Object> toMimeBundle() {
        Map<String, Object> bundle = new LinkedHashMap<>();
        bundle.put(MimeTypes.PNG, Base64.getEncoder().encodeToString(png()));
        bundle.put(MimeTypes.VEGA_LITE, vegaLiteSpec());
        bundle.put(MimeTypes.TEXT, plainText());
        return bundle;
    }

    @Override
    default Mime toMime() {
        return new Mime(toMimeBundle(), Map.of());
    }

    default Path savePng(Path file) {
        try {
            return Files.write(file, png());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
