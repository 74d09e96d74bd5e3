package dev.spindle.runtime;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns any object into a bundle; every bundle it returns has {@code text/plain}. */
final class MimeRendering {

    private MimeRendering() {
    }

    static Mime render(Object value) {
        if (value instanceof MimeRenderable renderable) {
            Mime bundle = renderable.toMime();
            return bundle.withFallback(MimeTypes.TEXT, String.valueOf(value));
        }
        return Mime.of(MimeTypes.TEXT, String.valueOf(value));
    }

    static Mime render(Object value, List<String> mimeTypes) {
        if (mimeTypes.isEmpty()) {
            return render(value);
        }
        Mime full = render(value);
        Map<String, Object> data = new LinkedHashMap<>();
        Map<String, Object> metadata = new LinkedHashMap<>();
        for (String type : mimeTypes) {
            Object content = full.data().get(type);
            if (content == null || (type.equals(MimeTypes.TEXT) && !(value instanceof MimeRenderable))) {
                content = rawContent(value, type);
            }
            if (content != null) {
                data.put(type, content);
                Object meta = full.metadata().get(type);
                if (meta != null) {
                    metadata.put(type, meta);
                }
            }
        }
        data.putIfAbsent(MimeTypes.TEXT, full.data().get(MimeTypes.TEXT));
        return new Mime(data, metadata);
    }

    private static Object rawContent(Object value, String type) {
        if (value instanceof byte[] bytes) {
            return Base64.getEncoder().encodeToString(bytes);
        }
        if (value instanceof CharSequence || type.equals(MimeTypes.TEXT)) {
            return String.valueOf(value);
        }
        return null;
    }
}
