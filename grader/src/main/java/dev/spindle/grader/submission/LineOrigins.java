package dev.spindle.grader.submission;

import java.util.List;

/** Maps a line of the compiled source back to where the student wrote it. */
public sealed interface LineOrigins {

    String describe(long line);

    /** The source is the student's file, line for line. */
    record InFile(String displayName) implements LineOrigins {
        @Override
        public String describe(long line) {
            return displayName + ":" + line;
        }
    }

    /** The source was assembled from notebook cells; {@code cellLines.get(i)} is the origin of line i+1. */
    record InNotebook(String fileName, List<CellLine> cellLines) implements LineOrigins {
        @Override
        public String describe(long line) {
            if (line < 1 || line > cellLines.size()) {
                return fileName + " (assembled from the notebook), line " + line;
            }
            CellLine origin = cellLines.get((int) line - 1);
            return origin.cell() == 0
                    ? fileName + " (line added by the grader)"
                    : "notebook cell " + origin.cell() + ", line " + origin.line() + " (" + fileName + ")";
        }
    }

    /** Cell number as Jupyter shows it (1-based position in the notebook), line within the cell; cell 0 = added. */
    record CellLine(int cell, int line) {}
}
