package dev.spindle.lessons.greenlet;

import java.util.concurrent.CompletionException;

/** What a switch carries: a value for the resumed greenlet, or an exception to raise in it. */
sealed interface Transfer {

    record Value(Object value) implements Transfer {}

    record Raise(Throwable error) implements Transfer {}

    /** The value to return from {@code switchTo}, or the exception it throws. */
    default Object unwrap() {
        return switch (this) {
            case Value(Object value) -> value;
            case Raise(RuntimeException error) -> throw error;
            case Raise(Error error) -> throw error;
            case Raise(Throwable error) -> throw new CompletionException(error);
        };
    }
}
