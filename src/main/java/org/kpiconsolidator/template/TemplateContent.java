package org.kpiconsolidator.template;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.kpiconsolidator.model.UnitGroup;

/**
 * Everything a template workbook says before a unit touches it. The blank form and a unit's
 * pre-filled form are both values of this type: a pre-filled form is one whose agreement fields are
 * set and {@code agreed}, so they are locked; a blank one leaves them to the unit.
 *
 * @param fiscalYear Buddhist Era year of the form (2564)
 * @param unitId the roster id, or empty
 * @param unitName the unit's name; empty when the unit fills it in
 * @param group the unit group; {@code null} when the unit picks it
 * @param blocks one per sheet, in order
 * @param agreed the agreement fields that are set are the agreed values: written as locked cells
 *     rather than as inputs pre-filled with a default
 */
public record TemplateContent(int fiscalYear, String unitId, String unitName, UnitGroup group,
        List<TemplateBlock> blocks, boolean agreed) {

    public TemplateContent {
        if (fiscalYear < 2400 || fiscalYear > 2700) {
            throw new IllegalArgumentException("fiscal year is Buddhist Era, e.g. 2564; got " + fiscalYear);
        }
        unitId = unitId == null ? "" : unitId.trim();
        unitName = unitName == null ? "" : unitName.trim();
        blocks = List.copyOf(blocks);
        if (blocks.isEmpty()) {
            throw new IllegalArgumentException("a form needs at least one block");
        }
        Set<String> sheets = new HashSet<>();
        for (TemplateBlock b : blocks) {
            if (!sheets.add(b.sheetName())) {
                throw new IllegalArgumentException("two blocks for " + b.sheetName());
            }
        }
    }

    /**
     * The file name: {@code report-form-2564.xlsx} for the blank form; for a unit's form its id,
     * name and year, so a folder of forms sorts by unit id and each name says whose it is
     * ({@code 50400000-สำนักงานเขตบางแค-2564.xlsx}).
     */
    public String fileName() {
        if (unitName.isEmpty() && unitId.isEmpty()) {
            return "report-form-" + fiscalYear + ".xlsx";
        }
        StringBuilder name = new StringBuilder();
        if (!unitId.isEmpty()) {
            name.append(unitId).append('-');
        }
        if (!unitName.isEmpty()) {
            name.append(unitName).append('-');
        }
        name.append(fiscalYear);
        return safe(name.toString()) + ".xlsx";
    }

    /**
     * The file name without the unit's name, {@code 50400000-2564.xlsx}, for a file system whose
     * encoding cannot spell Thai (a JVM started on the POSIX {@code C} locale); empty for a form
     * without a unit id, whose name would then say nothing.
     */
    public Optional<String> idOnlyFileName() {
        return unitId.isEmpty() ? Optional.empty() : Optional.of(safe(unitId + "-" + fiscalYear) + ".xlsx");
    }

    /** Characters no file system takes, and spaces, become {@code -}. */
    private static String safe(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            out.append(c < 0x20 || "/\\:*?\"<>| ".indexOf(c) >= 0 ? '-' : c);
        }
        return out.toString();
    }
}
