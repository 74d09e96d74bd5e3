package dev.spindle.runtime;

/** HTML to show as is: {@code display(new Html("<b>bold</b>"))}. */
public record Html(String html) implements MimeRenderable {
    @Override
    public Mime toMime() {
        return Mime.builder().html(html).text(html).build();
    }
}
