package dev.spindle.runtime;

/** JSON text shown as a collapsible tree by front ends that support {@code application/json}. */
public record Json(String json) implements MimeRenderable {
    @Override
    public Mime toMime() {
        return Mime.builder().add(MimeTypes.JSON, json).text(json).build();
    }
}
