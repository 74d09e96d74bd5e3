package dev.spindle.kernel.bridge;

import dev.spindle.kernel.spi.CellOutput;

import java.util.LinkedHashMap;
import java.util.Map;

/** The output of recent cells by cell id: threads write to their cell long after it ended. */
final class CellOutputs {

    private static final int KEPT = 1000;
    private final Map<Long, CellOutput> outputs = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, CellOutput> eldest) {
            return size() > KEPT;
        }
    };

    synchronized void put(long cellId, CellOutput output) {
        outputs.put(cellId, output);
    }

    synchronized CellOutput get(long cellId) {
        return outputs.get(cellId);
    }
}
