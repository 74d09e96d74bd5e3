package dev.spindle.kernel.protocol;

/** {@code is_complete_request}. */
public record IsCompleteRequest(String code) implements Content {

    public IsCompleteRequest {
        code = code == null ? "" : code;
    }
}
