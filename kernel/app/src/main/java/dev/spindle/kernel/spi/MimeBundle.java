package dev.spindle.kernel.spi;

import java.util.Map;

/** A Jupyter MIME bundle: {@code data} keyed by MIME type, plus per-type {@code metadata}. */
public record MimeBundle(Map<String, Object> data, Map<String, Object> metadata) {

    public MimeBundle {
        data = Map.copyOf(data);
        metadata = Map.copyOf(metadata);
    }

    public static MimeBundle text(String plain) {
        return new MimeBundle(Map.of("text/plain", plain), Map.of());
    }
}
