package dev.spindle.kernel.bridge;

/** A request could not be answered because its engine ended. */
final class EngineLostException extends RuntimeException {

    private final transient EngineExit exit;

    EngineLostException(EngineExit exit) {
        super(exit.describe());
        this.exit = exit;
    }

    EngineExit exit() {
        return exit;
    }
}
