package dev.spindle.runtime;

/** An SVG document. */
public record Svg(String svg) implements MimeRenderable {
    @Override
    public Mime toMime() {
        return Mime.builder().add(MimeTypes.SVG, svg).text("<svg image>").build();
    }
}
