package dev.spindle.kernel.engine;

import java.util.List;

/** Why a cell failed, as a person reads it: {@code traceback} holds the lines a notebook shows. */
record CellFailure(String ename, String evalue, List<String> traceback) {

    CellFailure {
        traceback = List.copyOf(traceback);
    }
}
