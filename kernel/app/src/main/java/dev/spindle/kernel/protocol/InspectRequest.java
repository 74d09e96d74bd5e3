package dev.spindle.kernel.protocol;

/** {@code inspect_request}; {@code cursorPos} counts Unicode code points. */
public record InspectRequest(String code, Integer cursorPos, Integer detailLevel) implements Content {

    public InspectRequest {
        code = code == null ? "" : code;
        cursorPos = cursorPos == null ? code.codePointCount(0, code.length()) : cursorPos;
        detailLevel = detailLevel == null ? 0 : detailLevel;
    }
}
