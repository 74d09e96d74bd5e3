package dev.spindle.runtime;

/** A Vega-Lite v5 chart specification (JSON text), drawn by JupyterLab. */
public record VegaLite(String spec) implements MimeRenderable {
    @Override
    public Mime toMime() {
        return Mime.builder().add(MimeTypes.VEGA_LITE, spec).text("<Vega-Lite chart>").build();
    }
}
