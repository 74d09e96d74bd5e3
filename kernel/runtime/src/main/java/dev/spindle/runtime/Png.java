package dev.spindle.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

/** A PNG image from its bytes. */
public record Png(byte[] bytes) implements MimeRenderable {

    public static Png read(Path file) {
        try {
            return new Png(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Mime toMime() {
        return Mime.builder()
                .add(MimeTypes.PNG, Base64.getEncoder().encodeToString(bytes))
                .text("<png image, " + bytes.length + " bytes>")
                .build();
    }
}
