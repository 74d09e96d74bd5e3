package dev.spindle.grader.submission;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes small .ipynb files for tests; each cell's source is stored as a list of lines, as Jupyter does. */
public final class Notebooks {

    private Notebooks() {}

    public static Path write(Path file, List<String> codeCells) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = json.createObjectNode();
        ArrayNode cells = root.putArray("cells");
        cells.addObject().put("cell_type", "markdown").putArray("source").add("# Exercise\n");
        for (String cell : codeCells) {
            ObjectNode c = cells.addObject();
            c.put("cell_type", "code");
            c.putObject("metadata");
            c.putArray("outputs");
            ArrayNode source = c.putArray("source");
            String[] lines = cell.split("(?<=\n)");
            for (String line : lines) {
                source.add(line);
            }
        }
        root.putObject("metadata").putObject("kernelspec").put("name", "spindle");
        root.put("nbformat", 4).put("nbformat_minor", 5);
        Files.writeString(file, json.writerWithDefaultPrettyPrinter().writeValueAsString(root));
        return file;
    }
}
