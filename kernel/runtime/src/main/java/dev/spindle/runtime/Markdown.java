package dev.spindle.runtime;

/** Markdown rendered by the front end. */
public record Markdown(String markdown) implements MimeRenderable {
    @Override
    public Mime toMime() {
        return Mime.builder().markdown(markdown).text(markdown).build();
    }
}
