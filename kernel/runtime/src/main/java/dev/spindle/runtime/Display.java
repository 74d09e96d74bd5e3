package dev.spindle.runtime;

import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;

/**
 * The notebook API, imported statically in every cell: {@code display(x)}, {@code render(x)},
 * {@code updateDisplay(id, x)}, {@code clearOutput()}.
 */
public final class Display {

    private static volatile DisplaySink sink = new PrintingSink();

    private Display() {
    }

    /** Called once by the engine; user code has no reason to call it. */
    public static void installSink(DisplaySink newSink) {
        sink = Objects.requireNonNull(newSink);
    }

    /** Shows {@code value} now, in its richest form, and returns an id for {@link #updateDisplay}. */
    public static String display(Object value) {
        return show(render(value));
    }

    /** Shows {@code value} as the given MIME types only (plus {@code text/plain}) and returns its display id. */
    public static String display(Object value, String... mimeTypes) {
        return show(render(value, mimeTypes));
    }

    /** The bundle {@code value} would show as, without showing it; a cell ending in it shows it as the result. */
    public static Mime render(Object value) {
        return MimeRendering.render(value);
    }

    /**
     * Renders {@code value} as exactly the given MIME types (plus {@code text/plain}). A string or byte array
     * becomes the content of a type the value does not offer itself: {@code render("<b>x</b>", "text/html")}.
     */
    public static Mime render(Object value, String... mimeTypes) {
        return MimeRendering.render(value, Arrays.asList(mimeTypes));
    }

    /** Replaces what an earlier {@code display} with this id shows, wherever it is in the notebook. */
    public static void updateDisplay(String displayId, Object value) {
        sink.updateDisplay(render(value), Objects.requireNonNull(displayId));
    }

    public static void updateDisplay(String displayId, Object value, String... mimeTypes) {
        sink.updateDisplay(render(value, mimeTypes), Objects.requireNonNull(displayId));
    }

    /** Clears this cell's output at once. */
    public static void clearOutput() {
        clearOutput(false);
    }

    /** With {@code wait}, the front end clears only when the next output arrives, which avoids flicker. */
    public static void clearOutput(boolean wait) {
        sink.clearOutput(wait);
    }

    private static String show(Mime bundle) {
        String id = UUID.randomUUID().toString();
        sink.display(bundle, id);
        return id;
    }

    /** Used outside a notebook (plain {@code java}, unit tests): prints the text form. */
    private static final class PrintingSink implements DisplaySink {
        @Override
        public void display(Mime bundle, String displayId) {
            System.out.println(bundle.data().get(MimeTypes.TEXT));
        }

        @Override
        public void updateDisplay(Mime bundle, String displayId) {
            display(bundle, displayId);
        }

        @Override
        public void clearOutput(boolean wait) {
        }
    }

}
