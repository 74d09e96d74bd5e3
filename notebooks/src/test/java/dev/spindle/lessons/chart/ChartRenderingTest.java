package dev.spindle.lessons.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spindle.runtime.Mime;
import dev.spindle.runtime.MimeTypes;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ChartRenderingTest {

    static final BarChart BARS = new BarChart("latency", "ms", List.of(
            Bar.withRange("platform", 12, 10, 15), Bar.withRange("virtual", 4, 3, 7), Bar.of("none", 1)));

    static final LineChart LINES = new LineChart("cost", "fds", "ops", List.of(
            new LineChart.Series("select", List.of(new LineChart.Point(10, 10), new LineChart.Point(100, 100))),
            new LineChart.Series("epoll", List.of(new LineChart.Point(10, 1), new LineChart.Point(100, 1)))));

    static final GanttChart GANTT = new GanttChart("gil", "µs", List.of("A", "B"),
            Map.of("HOLDING_GIL", "#4c78a8"),
            List.of(new GanttChart.Segment("A", "HOLDING_GIL", 0, 5, ""),
                    new GanttChart.Segment("B", "HOLDING_GIL", 5, 10, "")));

    @Test
    void theMachineHasFontsForChartText() {
        String[] families = GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames();
        assertThat(families).as("no fonts: install Debian's fonts-dejavu-core").isNotEmpty();
    }

    @Test
    void everyChartRendersADecodablePngOfTheAskedSize() throws IOException {
        for (Chart chart : List.<Chart>of(BARS, LINES, GANTT)) {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(chart.png(640, 320)));

            assertThat(image.getWidth()).isEqualTo(640);
            assertThat(image.getHeight()).isEqualTo(320);
            assertThat(distinctColours(image)).as(chart.title()).isGreaterThan(5);
        }
    }

    @Test
    void theMimeBundleHoldsPngVegaLiteAndText() {
        Map<String, Object> bundle = BARS.toMimeBundle();

        assertThat(bundle).containsOnlyKeys("image/png", "application/vnd.vegalite.v5+json", "text/plain");
        byte[] png = Base64.getDecoder().decode((String) bundle.get("image/png"));
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        assertThat(bundle.get("application/vnd.vegalite.v5+json")).isInstanceOf(Map.class);
        assertThat((String) bundle.get("text/plain")).contains("virtual").contains("[3.000 .. 7.000]");
    }

    @Test
    void chartsAreRenderableThroughTheRuntimeDisplayApi() {
        Mime mime = LINES.toMime();

        assertThat(mime.data()).containsKeys(MimeTypes.PNG, MimeTypes.VEGA_LITE, MimeTypes.TEXT);
    }

    @Test
    void vegaLiteSpecsDeclareTheSchemaAndCarryTheData() {
        Map<String, Object> bar = BARS.vegaLiteSpec();
        assertThat(bar).containsEntry("$schema", "https://vega.github.io/schema/vega-lite/v5.json");
        assertThat((List<?>) bar.get("layer")).hasSize(2);
        assertThat(BARS.vegaLiteJson()).contains("\"low\":3").contains("\"high\":7").contains("\"label\":\"none\"");

        @SuppressWarnings("unchecked")
        Map<String, Object> encoding = (Map<String, Object>) GANTT.vegaLiteSpec().get("encoding");
        assertThat(encoding).containsKeys("x", "x2", "y", "color");
        assertThat(GANTT.vegaLiteJson()).contains("\"lane\":\"B\",\"category\":\"HOLDING_GIL\",\"start\":5,\"end\":10");
        assertThat(LINES.vegaLiteJson()).contains("{\"series\":\"epoll\",\"x\":100,\"y\":1}");
    }

    @Test
    void jsonWriterEscapesAndWritesWholeNumbersPlainly() {
        assertThat(JsonWriter.write(Map.of("a\"b", List.of(1.0, 2.5, "x\ny", Double.NaN))))
                .isEqualTo("{\"a\\\"b\":[1,2.5,\"x\\ny\",null]}");
    }

    private static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) colours.add(image.getRGB(x, y));
        }
        return colours.size();
    }
}
