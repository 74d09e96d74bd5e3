package dev.spindle.kernel.magic;

import java.util.ArrayList;
import java.util.List;

/** The code of every cell this kernel session ran, in order (the kernel never sees the notebook file). */
public final class CellHistory {

    private final List<String> cells = new ArrayList<>();

    public synchronized void add(String code) {
        cells.add(code);
    }

    public synchronized List<String> cells() {
        return List.copyOf(cells);
    }
}
