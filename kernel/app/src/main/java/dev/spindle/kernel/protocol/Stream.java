package dev.spindle.kernel.protocol;

/** {@code stream}: {@code name} is {@code stdout} or {@code stderr}. */
public record Stream(String name, String text) implements Content {
}
