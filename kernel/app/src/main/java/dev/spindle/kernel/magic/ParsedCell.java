package dev.spindle.kernel.magic;

import java.util.List;
import java.util.Optional;

/**
 * A cell split into its magics and its Java: leading line magics run first, then {@code javaCode};
 * a cell magic, when present, owns the whole cell and {@code javaCode} is empty.
 */
public record ParsedCell(List<MagicCall> lineMagics, Optional<MagicCall> cellMagic, String javaCode) {

    public ParsedCell {
        lineMagics = List.copyOf(lineMagics);
    }

    public boolean hasMagics() {
        return !lineMagics.isEmpty() || cellMagic.isPresent();
    }

    /**
     * Java never starts a line with {@code %}, so any leading line that does is a magic. Blank lines and
     * {@code //} comments before the magics are skipped.
     */
    public static ParsedCell parse(String code) {
        List<String> lines = code.lines().toList();
        int index = 0;
        java.util.ArrayList<MagicCall> lineMagics = new java.util.ArrayList<>();
        while (index < lines.size()) {
            String line = lines.get(index).strip();
            if (line.isEmpty() || (lineMagics.isEmpty() && line.startsWith("//"))) {
                index++;
                continue;
            }
            if (line.startsWith("%%") && lineMagics.isEmpty()) {
                String body = String.join("\n", lines.subList(index + 1, lines.size()));
                return new ParsedCell(List.of(), Optional.of(call(MagicKind.CELL, line.substring(2), body)), "");
            }
            if (line.startsWith("%") && !line.startsWith("%%")) {
                lineMagics.add(call(MagicKind.LINE, line.substring(1), ""));
                index++;
                continue;
            }
            break;
        }
        if (lineMagics.isEmpty()) {
            return new ParsedCell(List.of(), Optional.empty(), code);
        }
        return new ParsedCell(lineMagics, Optional.empty(), String.join("\n", lines.subList(index, lines.size())));
    }

    private static MagicCall call(MagicKind kind, String nameAndArgs, String body) {
        String stripped = nameAndArgs.strip();
        int space = indexOfWhitespace(stripped);
        String name = space < 0 ? stripped : stripped.substring(0, space);
        String args = space < 0 ? "" : stripped.substring(space + 1).strip();
        return new MagicCall(kind, name, args, body);
    }

    private static int indexOfWhitespace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
