package dev.spindle.runtime;

/**
 * Implemented by objects that know how to show themselves richer than {@code toString()}. The kernel adds a
 * {@code text/plain} fallback when the bundle lacks one.
 */
@FunctionalInterface
public interface MimeRenderable {
    Mime toMime();
}
