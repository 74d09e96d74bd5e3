package dev.spindle.lessons.generator;

/** Thrown out of {@code yield} when the generator is closed, so the body's {@code finally} blocks run. */
public final class GeneratorExit extends RuntimeException {

    public GeneratorExit() {
        super("generator closed", null, false, false);
    }
}
