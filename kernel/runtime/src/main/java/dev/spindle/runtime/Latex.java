package dev.spindle.runtime;

/** LaTeX, usually math between {@code $...$}. */
public record Latex(String latex) implements MimeRenderable {
    @Override
    public Mime toMime() {
        return Mime.builder().add(MimeTypes.LATEX, latex).text(latex).build();
    }
}
