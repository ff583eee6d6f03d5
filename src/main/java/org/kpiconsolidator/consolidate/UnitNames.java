package org.kpiconsolidator.consolidate;

import java.util.LinkedHashMap;
import java.util.Map;
import org.kpiconsolidator.model.FormBlock;
import org.kpiconsolidator.model.Submission;
import org.kpiconsolidator.text.ThaiText;

/**
 * Decides a file's unit: one unit per file, the name most of its blocks give after normalisation
 * (ties: the first block's).
 */
public final class UnitNames {

    private UnitNames() {
    }

    /** The file's unit name, or empty when no block names one. */
    public static String fileUnit(Submission submission) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (FormBlock block : submission.blocks()) {
            String name = block.header().unitName().value();
            if (name != null && !name.isBlank()) {
                counts.merge(ThaiText.normalize(name), 1, Integer::sum);
            }
        }
        String best = "";
        int bestCount = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }

    /** The key of a unit known only by name: its label key, so spacing and spelling noise do not split it. */
    public static String keyOf(String name) {
        return ThaiText.keyOf(name);
    }
}
