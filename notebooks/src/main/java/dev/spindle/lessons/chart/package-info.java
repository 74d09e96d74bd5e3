/** Charts for lesson cells, each rendered as a PNG (JFreeChart) and a Vega-Lite v5 spec in one MIME bundle. */
package dev.spindle.lessons.chart;
