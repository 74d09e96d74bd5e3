package dev.spindle.kernel.magic;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The source file {@code %%jvm} hands to the single-file launcher. A cell with a {@code main} method (a class,
 * or a compact source file) runs as written; bare statements are wrapped in {@code Main.main}, with the cell's
 * imports lifted above the class and the imports JShell cells get by default.
 */
record StandaloneSource(String text, int linesBeforeBody) {

    private static final Pattern HAS_MAIN = Pattern.compile("\\bvoid\\s+main\\s*\\(");
    static final String DEFAULT_IMPORTS = "import java.io.*; import java.math.*; import java.net.*; import java.nio.file.*;"
            + " import java.time.*; import java.util.*; import java.util.concurrent.*; import java.util.concurrent.atomic.*;"
            + " import java.util.concurrent.locks.*; import java.util.function.*; import java.util.stream.*;";

    static StandaloneSource of(String cell) {
        if (HAS_MAIN.matcher(cell).find()) {
            return new StandaloneSource(cell, 0);
        }
        List<String> imports = new ArrayList<>();
        List<String> body = new ArrayList<>();
        for (String line : cell.lines().toList()) {
            if (body.stream().allMatch(String::isBlank) && line.strip().startsWith("import ")) {
                imports.add(line.strip());
            } else {
                body.add(line);
            }
        }
        StringBuilder text = new StringBuilder(DEFAULT_IMPORTS).append('\n');
        imports.forEach(line -> text.append(line).append('\n'));
        text.append("public class Main {\n    public static void main(String[] args) throws Throwable {\n");
        int before = 3 + imports.size();
        body.forEach(line -> text.append(line).append('\n'));
        text.append("    }\n}\n");
        return new StandaloneSource(text.toString(), before);
    }
}
