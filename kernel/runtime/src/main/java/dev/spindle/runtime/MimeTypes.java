package dev.spindle.runtime;

/** The MIME type names the notebook front ends understand. */
public final class MimeTypes {
    public static final String TEXT = "text/plain";
    public static final String HTML = "text/html";
    public static final String MARKDOWN = "text/markdown";
    public static final String LATEX = "text/latex";
    public static final String SVG = "image/svg+xml";
    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";
    public static final String JSON = "application/json";
    public static final String VEGA_LITE = "application/vnd.vegalite.v5+json";

    private MimeTypes() {
    }

    /** JSON types travel as a JSON tree, not as a string. */
    public static boolean isJson(String mimeType) {
        return mimeType.equals(JSON) || mimeType.endsWith("+json");
    }
}
