package dev.spindle.kernel.protocol;

/** {@code complete_request}; {@code cursorPos} counts Unicode code points. */
public record CompleteRequest(String code, Integer cursorPos) implements Content {

    public CompleteRequest {
        code = code == null ? "" : code;
        cursorPos = cursorPos == null ? code.codePointCount(0, code.length()) : cursorPos;
    }
}
