package dev.spindle.kernel.protocol;

/** {@code shutdown_request}. */
public record ShutdownRequest(Boolean restart) implements Content {

    public ShutdownRequest {
        restart = restart != null && restart;
    }
}
