package dev.spindle.kernel.engine;

/** Line and column lookups in a cell's text; lines and columns count from 1. */
final class CellText {

    private final String code;

    CellText(String code) {
        this.code = code;
    }

    int lineOf(int offset) {
        int line = 1;
        int end = Math.min(offset, code.length());
        for (int i = 0; i < end; i++) {
            if (code.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    int lineStart(int offset) {
        int start = Math.min(offset, code.length());
        while (start > 0 && code.charAt(start - 1) != '\n') {
            start--;
        }
        return start;
    }

    int lineEnd(int offset) {
        int end = code.indexOf('\n', Math.min(offset, code.length()));
        return end < 0 ? code.length() : end;
    }

    int columnOf(int offset) {
        int clamped = Math.min(offset, code.length());
        return code.codePointCount(lineStart(clamped), clamped) + 1;
    }

    String lineText(int offset) {
        return code.substring(lineStart(offset), lineEnd(offset));
    }

    int length() {
        return code.length();
    }
}
