package dev.spindle.kernel.engine;

/** One snippet of a cell: its source as JShell gets it, and where it starts in the cell (char offset). */
record SourcePiece(String source, int start) {
}
