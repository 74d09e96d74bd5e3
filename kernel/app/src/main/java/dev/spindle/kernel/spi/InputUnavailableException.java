package dev.spindle.kernel.spi;

/** Input was asked for but cannot come: the client disallowed stdin, or the cell was interrupted. */
public final class InputUnavailableException extends Exception {

    public InputUnavailableException(String message) {
        super(message);
    }
}
