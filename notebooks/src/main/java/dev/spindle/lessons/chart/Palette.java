package dev.spindle.lessons.chart;

import java.awt.Color;
import java.util.List;

/** Colours shared by the PNG and the Vega-Lite renderings, so both look alike. */
public final class Palette {

    /** Tableau 10, Vega-Lite's default categorical scheme. */
    public static final List<String> CATEGORICAL = List.of(
            "#4c78a8", "#f58518", "#e45756", "#72b7b2", "#54a24b",
            "#eeca3b", "#b279a2", "#ff9da6", "#9d755d", "#bab0ac");

    private Palette() {}

    public static String hex(int index) {
        return CATEGORICAL.get(index % CATEGORICAL.size());
    }

    public static Color color(String hex) {
        return Color.decode(hex);
    }
}
