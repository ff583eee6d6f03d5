package org.kpiconsolidator.form;

import java.util.Optional;
import org.kpiconsolidator.workbook.WorkbookGrid;

/**
 * Tells a form made from our template from a hand-made one: the template writes its version into a
 * custom document property, which survives the unit's edits (unlike a hidden sheet, which units copy,
 * delete or unhide).
 */
public final class Templates {

    /** The custom document property that carries the template version. */
    public static final String PROPERTY = "kpi-consolidator.template";

    private Templates() {
    }

    /** The template version ({@code report-form-2564/1}), or empty for a hand-made form. */
    public static Optional<String> versionOf(WorkbookGrid workbook) {
        return Optional.ofNullable(workbook.properties().get("custom." + PROPERTY)).filter(v -> !v.isBlank());
    }
}
