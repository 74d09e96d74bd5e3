package dev.spindle.grader.sandbox;

/** --require-sandbox was given and the host lacks at least one protection. */
public final class SandboxUnavailableException extends RuntimeException {
    public SandboxUnavailableException(String message) {
        super(message);
    }
}
