package dev.spindle.kernel.magic;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cells of this session marked {@code // spindle:solution File.java}, as the grader's notebook convention
 * defines them. The kernel sees executed code, not the notebook: a cell run again after an edit is recognised as
 * "the same cell" when it is for the same file and its first declaration line (the first line that is not the
 * marker, an import, a comment or blank, cut before its first brace, '=' or ';', such as
 * "public class Counter") is unchanged; then its latest version replaces the earlier one, in the
 * place of its first run. Cells for the same file with different first declarations are all kept.
 */
final class SolutionCells {

    static final Pattern MARKER = Pattern.compile("^//\\s*spindle:solution\\s+(\\S+)\\s*$");

    private SolutionCells() {
    }

    static List<String> latest(List<String> executedCells) {
        Map<String, String> byIdentity = new LinkedHashMap<>();
        for (String cell : executedCells) {
            markedFile(cell).ifPresent(file -> byIdentity.put(file + "\n" + firstDeclaration(cell), cell));
        }
        return List.copyOf(byIdentity.values());
    }

    static Optional<String> markedFile(String cell) {
        for (String line : cell.lines().toList()) {
            Matcher matcher = MARKER.matcher(line.strip());
            if (matcher.matches()) {
                return Optional.of(matcher.group(1));
            }
        }
        return Optional.empty();
    }

    private static String header(String line) {
        int end = line.length();
        for (char stop : new char[] {'{', '=', ';'}) {
            int at = line.indexOf(stop);
            if (at >= 0) {
                end = Math.min(end, at);
            }
        }
        return line.substring(0, end).replaceAll("\\s+", " ").strip();
    }

    private static String firstDeclaration(String cell) {
        return cell.lines().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("//") && !line.startsWith("/*") && !line.startsWith("*")
                        && !line.startsWith("import ") && !line.startsWith("package "))
                .findFirst().map(SolutionCells::header).orElse("");
    }
}
