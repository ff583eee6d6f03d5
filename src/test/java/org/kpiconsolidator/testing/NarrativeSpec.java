package org.kpiconsolidator.testing;

import java.util.Objects;

/**
 * One narrative section of a block, e.g. {@code ปัจจัยสนับสนุนการดำเนินงาน (ภาพรวม) :}.
 *
 * @param label the label as printed, colon included
 * @param text the narrative; {@code null} prints the label alone
 * @param inline print the text in the label's cell ({@code label text}) instead of in the row below
 */
public record NarrativeSpec(String label, String text, boolean inline) {

    public NarrativeSpec {
        Objects.requireNonNull(label, "label");
    }

    /** Label row, then the text in the row below (the usual layout). */
    public static NarrativeSpec below(String label, String text) {
        return new NarrativeSpec(label, text, false);
    }

    /** Label and text in one cell. */
    public static NarrativeSpec inline(String label, String text) {
        return new NarrativeSpec(label, text, true);
    }
}
