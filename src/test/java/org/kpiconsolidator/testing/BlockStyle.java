package org.kpiconsolidator.testing;

import java.util.Objects;

/**
 * How a block prints a few of its label lines. Real forms differ here block by block (the seed
 * uses all three contact styles and once puts the adjustment line in the rubric label cell).
 *
 * @param contactStyle where position and phone go
 * @param adjustmentOnRubricLabelLine print {@code ช่วงการปรับเกณฑ์...} in the {@code เกณฑ์การให้คะแนน :} cell
 *     instead of on its own line (only when the rubric interpolates)
 */
public record BlockStyle(ContactStyle contactStyle, boolean adjustmentOnRubricLabelLine) {

    /** Person on one row; position in column A and phone in column D of the next row. */
    public static final BlockStyle STANDARD = new BlockStyle(ContactStyle.PHONE_BESIDE, false);

    public BlockStyle {
        Objects.requireNonNull(contactStyle, "contactStyle");
    }

    public BlockStyle withContactStyle(ContactStyle style) {
        return new BlockStyle(style, adjustmentOnRubricLabelLine);
    }

    public BlockStyle withAdjustmentOnRubricLabelLine(boolean onLabelLine) {
        return new BlockStyle(contactStyle, onLabelLine);
    }

    /** Where the contact's position and phone are printed. */
    public enum ContactStyle {
        /** {@code ชื่อผู้รับผิดชอบ...} row, then {@code ตำแหน่ง : …} in A and {@code หมายเลขโทรศัพท์ : …} in D. */
        PHONE_BESIDE,
        /** {@code ชื่อผู้รับผิดชอบ...} row, then position and phone in one cell. */
        PHONE_IN_POSITION_CELL,
        /** Person, position and phone all in one cell. */
        ONE_CELL
    }
}
