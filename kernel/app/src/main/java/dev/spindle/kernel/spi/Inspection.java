package dev.spindle.kernel.spi;

import java.util.Map;

/** Documentation for the name at the cursor, as a MIME bundle. */
public record Inspection(boolean found, MimeBundle bundle) {

    public static Inspection notFound() {
        return new Inspection(false, new MimeBundle(Map.of(), Map.of()));
    }
}
