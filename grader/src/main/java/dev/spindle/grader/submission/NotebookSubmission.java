package dev.spindle.grader.submission;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.spindle.grader.exercise.ExerciseSpec;
import dev.spindle.grader.submission.LineOrigins.CellLine;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Assembles submission files from notebook code cells marked {@code // spindle:solution Foo.java}.
 *
 * <p>The marker lives in the cell source, so it survives copying, moving and re-running cells, unlike cell
 * metadata. Cells for the same file are joined in notebook order; an exact copy of an earlier cell for the
 * same file is skipped, and {@code import} lines are lifted to the top so a later cell may add imports.
 */
final class NotebookSubmission {

    static final Pattern MARKER = Pattern.compile("^\\s*//\\s*spindle:solution\\b(.*)$");
    private static final Pattern FILE_NAME = Pattern.compile("\\s*([A-Za-z_$][\\w$]*\\.java)\\s*");
    private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+(static\\s+)?[\\w.]+(\\.\\*)?\\s*;\\s*$");

    private NotebookSubmission() {}

    static SubmissionRead read(Path notebook, ExerciseSpec spec) throws IOException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(notebook.toFile());
        } catch (IOException e) {
            return new SubmissionRead.Rejected(notebook.getFileName() + " is not a readable notebook: " + e.getMessage());
        }
        JsonNode cells = root.path("cells");
        Map<String, List<MarkedCell>> byFile = new LinkedHashMap<>();
        spec.submission().forEach(n -> byFile.put(n, new ArrayList<>()));
        List<String> problems = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            JsonNode cell = cells.get(i);
            if (!"code".equals(cell.path("cell_type").asText())) {
                continue;
            }
            int cellNumber = i + 1;
            List<String> lines = sourceLines(cell.path("source"));
            for (int l = 0; l < lines.size(); l++) {
                Matcher marker = MARKER.matcher(lines.get(l));
                if (!marker.matches()) {
                    continue;
                }
                Matcher file = FILE_NAME.matcher(marker.group(1));
                if (!file.matches()) {
                    problems.add("Cell " + cellNumber + " has a solution marker without a file name. Write it as "
                            + "`// spindle:solution " + spec.submission().getFirst() + "`.");
                } else if (!byFile.containsKey(file.group(1))) {
                    problems.add("Cell " + cellNumber + " is marked for " + file.group(1)
                            + ", which is not part of this exercise; expected " + String.join(", ", spec.submission()) + ".");
                } else {
                    byFile.get(file.group(1)).add(new MarkedCell(cellNumber, lines, l));
                }
                break;
            }
        }
        for (var entry : byFile.entrySet()) {
            if (entry.getValue().isEmpty()) {
                problems.add("No cell is marked for " + entry.getKey() + ". Put `// spindle:solution " + entry.getKey()
                        + "` as the first line of the cell that holds it.");
            }
        }
        if (!problems.isEmpty()) {
            return new SubmissionRead.Rejected(String.join("\n", problems));
        }
        List<SubmittedFile> files = new ArrayList<>();
        for (var entry : byFile.entrySet()) {
            files.add(assemble(entry.getKey(), entry.getValue(), spec.packageName(), warnings));
        }
        for (SubmittedFile file : files) {
            var declared = PackageDeclaration.declared(file.source());
            if (declared.isPresent() && !declared.get().equals(spec.packageName())) {
                return new SubmissionRead.Rejected(file.fileName() + " declares package " + declared.get()
                        + ", but this exercise expects package " + spec.packageName() + ".");
            }
        }
        return new SubmissionRead.Accepted(new Submission(notebook.toString(), files, warnings));
    }

    private static SubmittedFile assemble(String fileName, List<MarkedCell> cells, String packageName,
                                          List<String> warnings) {
        List<String> imports = new ArrayList<>();
        List<CellLine> importOrigins = new ArrayList<>();
        List<String> body = new ArrayList<>();
        List<CellLine> bodyOrigins = new ArrayList<>();
        Set<String> seenSources = new HashSet<>();
        Map<String, Integer> firstCellWithSource = new LinkedHashMap<>();
        boolean declaresPackage = false;
        for (MarkedCell cell : cells) {
            String text = String.join("\n", cell.lines()).strip();
            if (!seenSources.add(text)) {
                warnings.add("Cell " + cell.number() + " is a copy of cell " + firstCellWithSource.get(text)
                        + " (" + fileName + ") and was ignored.");
                continue;
            }
            firstCellWithSource.put(text, cell.number());
            for (int l = 0; l < cell.lines().size(); l++) {
                String line = l == cell.markerLine() ? "" : cell.lines().get(l);
                CellLine origin = new CellLine(cell.number(), l + 1);
                if (IMPORT.matcher(line).matches()) {
                    imports.add(line.strip());
                    importOrigins.add(origin);
                    body.add("");
                } else {
                    declaresPackage |= PackageDeclaration.declared(line).isPresent();
                    body.add(line);
                }
                bodyOrigins.add(origin);
            }
        }
        List<String> out = new ArrayList<>();
        List<CellLine> origins = new ArrayList<>();
        if (!declaresPackage) {
            out.add("package " + packageName + ";");
            origins.add(new CellLine(0, 0));
        }
        out.addAll(imports);
        origins.addAll(importOrigins);
        out.addAll(body);
        origins.addAll(bodyOrigins);
        if (declaresPackage) {
            // A package line must precede imports; keep the student's lines in order instead of lifting imports.
            out = new ArrayList<>();
            origins = new ArrayList<>();
            for (MarkedCell cell : cells) {
                String text = String.join("\n", cell.lines()).strip();
                if (firstCellWithSource.get(text) != cell.number()) {
                    continue;
                }
                for (int l = 0; l < cell.lines().size(); l++) {
                    out.add(l == cell.markerLine() ? "" : cell.lines().get(l));
                    origins.add(new CellLine(cell.number(), l + 1));
                }
            }
        }
        return new SubmittedFile(fileName, String.join("\n", out) + "\n", new LineOrigins.InNotebook(fileName, origins));
    }

    private static List<String> sourceLines(JsonNode source) {
        String text;
        if (source.isArray()) {
            StringBuilder joined = new StringBuilder();
            source.forEach(part -> joined.append(part.asText()));
            text = joined.toString();
        } else {
            text = source.asText("");
        }
        return List.of(text.split("\r?\n", -1));
    }

    private record MarkedCell(int number, List<String> lines, int markerLine) {}
}
