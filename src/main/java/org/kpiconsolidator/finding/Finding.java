package org.kpiconsolidator.finding;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.kpiconsolidator.workbook.CellRef;

/**
 * One problem found in a submission: a value, never an exception.
 *
 * <p>Rules fill in what they know (code, cell, component, indicator, field, stated and expected
 * values); the pipeline stamps the file and unit once the file's unit is resolved.
 *
 * @param code the stable rule code
 * @param severity the severity for this run (the code's default unless the run overrides it)
 * @param file the file relative to the input root, with {@code /}; empty for batch findings
 * @param cell the sheet and cell the finding points at; {@code null} for file and batch findings
 * @param unit the unit's display name; empty until stamped
 * @param unitKey the unit's roster id, or its normalised name without a roster
 * @param component the component number ({@code 1}..{@code 5}), or empty
 * @param indicator the indicator number as printed ({@code 1}, {@code 5.1}), or empty
 * @param field what part of the form is wrong, or {@code null}
 * @param stated what the form says, as text; empty when absent
 * @param expected what it should say, as text; empty when there is no single right value
 * @param detail extra facts a message needs (a reason, another file's name); empty when none
 * @param waiver the office's waiver of this finding (it stays listed, marked waived, but counts for
 *     no status, count or exit code); empty when not waived
 */
public record Finding(Code code, Severity severity, String file, CellRef cell, String unit, String unitKey,
        String component, String indicator, Field field, String stated, String expected, String detail,
        Optional<Waiver> waiver) {

    /** Sort order of the discrepancy log: file, sheet, row, column, code. */
    public static final Comparator<Finding> LOG_ORDER = Comparator.comparing(Finding::file)
            .thenComparing(f -> f.cell == null ? "" : f.cell.sheet())
            .thenComparingInt(f -> f.cell == null ? -1 : f.cell.row())
            .thenComparingInt(f -> f.cell == null ? -1 : f.cell.column())
            .thenComparing(Finding::code)
            .thenComparing(Finding::component)
            .thenComparing(Finding::indicator)
            .thenComparing(f -> f.field == null ? "" : f.field.key())
            .thenComparing(Finding::unit)
            .thenComparing(Finding::stated);

    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        file = nonNull(file);
        unit = nonNull(unit);
        unitKey = nonNull(unitKey);
        component = nonNull(component);
        indicator = nonNull(indicator);
        stated = nonNull(stated);
        expected = nonNull(expected);
        detail = nonNull(detail);
        waiver = waiver == null ? Optional.empty() : waiver;
    }

    /** A finding that is not waived. */
    public Finding(Code code, Severity severity, String file, CellRef cell, String unit, String unitKey,
            String component, String indicator, Field field, String stated, String expected, String detail) {
        this(code, severity, file, cell, unit, unitKey, component, indicator, field, stated, expected, detail,
                Optional.empty());
    }

    /** Starts a finding with the code's default severity. */
    public static Builder of(Code code) {
        return new Builder(code);
    }

    /** The sheet name, or empty. */
    public String sheet() {
        return cell == null ? "" : cell.sheet();
    }

    /** The A1 reference, or empty. */
    public String a1() {
        return cell == null ? "" : cell.a1();
    }

    /** This finding in the given file and unit. */
    public Finding stamped(String newFile, String newUnit, String newUnitKey) {
        return new Finding(code, severity, newFile, cell, newUnit, newUnitKey, component, indicator, field, stated,
                expected, detail, waiver);
    }

    /** This finding with another severity (a run's override). */
    public Finding withSeverity(Severity newSeverity) {
        return new Finding(code, newSeverity, file, cell, unit, unitKey, component, indicator, field, stated, expected,
                detail, waiver);
    }

    /** This finding waived by the office. */
    public Finding waived(Waiver by) {
        return new Finding(code, severity, file, cell, unit, unitKey, component, indicator, field, stated, expected,
                detail, Optional.of(by));
    }

    /** Whether the office waived it: then it counts for no status, count or exit code. */
    public boolean isWaived() {
        return waiver.isPresent();
    }

    /** Whether it counts as a finding of this severity (it does unless waived). */
    public boolean counts(Severity s) {
        return severity == s && waiver.isEmpty();
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    /** Builds a {@link Finding}; every setter is optional. */
    public static final class Builder {
        private final Code code;
        private Severity severity;
        private String file = "";
        private CellRef cell;
        private String unit = "";
        private String unitKey = "";
        private String component = "";
        private String indicator = "";
        private Field field;
        private String stated = "";
        private String expected = "";
        private String detail = "";

        private Builder(Code code) {
            this.code = code;
            this.severity = code.defaultSeverity();
        }

        public Builder severity(Severity value) {
            this.severity = value;
            return this;
        }

        public Builder file(String value) {
            this.file = value;
            return this;
        }

        public Builder at(CellRef value) {
            this.cell = value;
            return this;
        }

        public Builder unit(String name, String key) {
            this.unit = name;
            this.unitKey = key;
            return this;
        }

        public Builder component(String value) {
            this.component = value;
            return this;
        }

        public Builder component(int value) {
            this.component = value <= 0 ? "" : Integer.toString(value);
            return this;
        }

        public Builder indicator(String value) {
            this.indicator = value;
            return this;
        }

        public Builder field(Field value) {
            this.field = value;
            return this;
        }

        public Builder stated(String value) {
            this.stated = value;
            return this;
        }

        public Builder expected(String value) {
            this.expected = value;
            return this;
        }

        public Builder detail(String value) {
            this.detail = value;
            return this;
        }

        public Finding build() {
            return new Finding(code, severity, file, cell, unit, unitKey, component, indicator, field, stated, expected,
                    detail);
        }
    }
}
