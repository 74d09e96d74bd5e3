package dev.spindle.kernel.engine;

/** The only styling errors use: bold, and bright red for the error's name. Readable on dark and light themes. */
final class Ansi {

    private Ansi() {
    }

    static String bold(String text) {
        return "\u001b[1m" + text + "\u001b[0m";
    }

    static String errorName(String text) {
        return "\u001b[1;91m" + text + "\u001b[0m";
    }
}
