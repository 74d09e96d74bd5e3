package dev.spindle.kernel.engine;

import dev.spindle.kernel.link.FramedChannel;
import dev.spindle.kernel.spi.MimeBundle;
import dev.spindle.runtime.Mime;
import dev.spindle.runtime.MimeRenderable;
import dev.spindle.runtime.MimeTypes;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Runtime bundles to protocol bundles: JSON types become JSON trees, everything else stays text. */
final class MimeConversion {

    private MimeConversion() {
    }

    static MimeBundle toBundle(Mime mime) {
        Map<String, Object> data = new LinkedHashMap<>();
        mime.data().forEach((type, value) -> data.put(type, MimeTypes.isJson(type) ? jsonTree(value) : String.valueOf(value)));
        return new MimeBundle(data, mime.metadata());
    }

    /** The bundle of a cell's result: rich when the value offers more, always with JShell's text form. */
    static MimeBundle result(Object value, String jshellText) {
        if (value instanceof MimeRenderable renderable) {
            Mime rich = renderable.toMime();
            if (!(value instanceof Mime) || !rich.data().containsKey(MimeTypes.TEXT)) {
                rich = rich.withFallback(MimeTypes.TEXT, jshellText);
            }
            return toBundle(rich);
        }
        return MimeBundle.text(jshellText);
    }

    private static Object jsonTree(Object value) {
        if (!(value instanceof String text)) {
            return value;
        }
        try {
            return FramedChannel.parseJson(text);
        } catch (IOException e) {
            return text;
        }
    }
}
