package dev.spindle.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A Jupyter MIME bundle: data keyed by MIME type plus per-type metadata. Text types hold a {@code String};
 * binary types (such as {@code image/png}) hold base64 text; JSON types ({@code application/json},
 * {@code *+json}) hold JSON text or a {@code Map}/{@code List} tree.
 *
 * <p>A cell whose last expression is a {@code Mime} shows it as its result.
 */
public record Mime(Map<String, Object> data, Map<String, Object> metadata) implements MimeRenderable {

    public Mime {
        data = Map.copyOf(data);
        metadata = Map.copyOf(metadata);
    }

    public static Mime of(String mimeType, Object value) {
        return new Mime(Map.of(mimeType, value), Map.of());
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A copy that also holds {@code mimeType}, unless it is already present. */
    public Mime withFallback(String mimeType, Object value) {
        if (data.containsKey(mimeType)) {
            return this;
        }
        Map<String, Object> more = new LinkedHashMap<>(data);
        more.put(mimeType, value);
        return new Mime(more, metadata);
    }

    @Override
    public Mime toMime() {
        return this;
    }

    /** Collects entries in order; later entries for the same MIME type replace earlier ones. */
    public static final class Builder {
        private final Map<String, Object> data = new LinkedHashMap<>();
        private final Map<String, Object> metadata = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder add(String mimeType, Object value) {
            data.put(mimeType, value);
            return this;
        }

        public Builder metadata(String mimeType, Object value) {
            metadata.put(mimeType, value);
            return this;
        }

        public Builder text(String plain) {
            return add(MimeTypes.TEXT, plain);
        }

        public Builder html(String html) {
            return add(MimeTypes.HTML, html);
        }

        public Builder markdown(String markdown) {
            return add(MimeTypes.MARKDOWN, markdown);
        }

        public Mime build() {
            return new Mime(data, metadata);
        }
    }
}
