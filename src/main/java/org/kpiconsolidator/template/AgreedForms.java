package org.kpiconsolidator.template;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.kpiconsolidator.model.IndicatorKey;
import org.kpiconsolidator.model.Threshold;
import org.kpiconsolidator.model.UnitGroup;
import org.kpiconsolidator.reference.AgreedIndicator;
import org.kpiconsolidator.reference.Agreements;
import org.kpiconsolidator.reference.Roster;
import org.kpiconsolidator.reference.RosterUnit;
import org.kpiconsolidator.reference.UnitAgreement;
import org.kpiconsolidator.template.TemplateBlock.Shape;
import org.kpiconsolidator.template.TemplateIndicator.ResultKind;
import org.kpiconsolidator.text.Numbers;
import org.kpiconsolidator.text.ThaiText;

/**
 * Each roster unit's pre-filled form, built from the agreements of record (SPEC 5.1) the way the
 * consolidator resolves them: the common ({@code *}) indicators plus the unit's own, a unit's row
 * replacing a common one, the roster's group picking among group rows.
 *
 * <ul>
 *   <li>Components 1-3: one table per component with its agreed indicators in number order. A unit
 *       without a single row of its own gets the blank form's empty rows there instead (noted).
 *   <li>Components 4 and 5: each indicator on its own sheet with the single-indicator table, as the
 *       standard form has them ({@code 4}, {@code 5.1}, {@code 5.2}); an indicator with group rows
 *       gets a rubric with one row per group, and the unit's group is fixed when the roster gives it.
 *   <li>A threshold such as {@code ≤ 60} is no single value a formula can compare with, so that
 *       indicator asks for the level reached instead of the measured value (noted).
 * </ul>
 *
 * One rubric table has one adjustment line ({@code ช่วงการปรับเกณฑ์การให้คะแนน}), so indicators sharing
 * a table whose {@code interpolate} disagree ({@code true} and {@code false}) are refused; an empty
 * {@code interpolate} follows the table, which otherwise follows the standard form (steps in
 * components 1-3, interpolation in 4 and 5).
 */
public final class AgreedForms {

    /**
     * The forms to write, one per roster unit in roster order, and what a person should know about
     * them though they can be written (each note names the file and line it is about).
     */
    public record Plan(List<TemplateContent> forms, List<String> notes) {

        public Plan {
            forms = List.copyOf(forms);
            notes = List.copyOf(notes);
        }
    }

    private static final Pattern SUB_NUMBER = Pattern.compile("[0-9]+\\.[0-9]+");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Indicator numbers in reading order: 1 < 2 < 10, 5.1 < 5.2 < 5.10. */
    private static final Comparator<AgreedIndicator> BY_NUMBER = (a, b) -> compareNumbers(a.key().indicator(),
            b.key().indicator());

    private final Path rosterFile;
    private final Agreements agreements;
    private final Path agreementsFile;
    private final int fiscalYear;
    private final List<String> notes = new ArrayList<>();
    /** Agreement lines already noted, so a common row is noted once, not once per unit. */
    private final Set<Integer> notedLines = new HashSet<>();

    private AgreedForms(Path rosterFile, Agreements agreements, Path agreementsFile, int fiscalYear) {
        this.rosterFile = rosterFile;
        this.agreements = agreements;
        this.agreementsFile = agreementsFile;
        this.fiscalYear = fiscalYear;
    }

    /**
     * Plans one form per roster unit. A roster without units plans no form.
     *
     * @param rosterFile where the roster came from, for notes
     * @param agreementsFile where the agreements came from, for notes and problems
     * @param fiscalYear the Buddhist Era year printed on the forms
     * @throws AgreementConflictException at the first agreement row no form can hold, before any form is
     *     planned, so a run writes every form or none
     */
    public static Plan plan(Roster roster, Path rosterFile, Agreements agreements, Path agreementsFile,
            int fiscalYear) throws AgreementConflictException {
        Objects.requireNonNull(roster, "roster");
        AgreedForms planner = new AgreedForms(rosterFile, agreements, agreementsFile, fiscalYear);
        List<TemplateContent> forms = new ArrayList<>();
        Map<String, RosterUnit> names = new HashMap<>();
        for (RosterUnit unit : roster.units()) {
            TemplateContent form = planner.formOf(unit);
            RosterUnit other = names.putIfAbsent(form.fileName(), unit);
            if (other != null) {
                // Ids are unique, but file names replace characters no file system takes.
                throw new AgreementConflictException(rosterFile, unit.line(), "unit " + unit.id()
                        + " would be written to " + form.fileName() + " like unit " + other.id() + " (line "
                        + other.line() + "); give the units ids that differ in letters or digits");
            }
            forms.add(form);
        }
        return new Plan(forms, planner.notes);
    }

    private TemplateContent formOf(RosterUnit unit) throws AgreementConflictException {
        UnitAgreement agreement = agreements.forUnit(Optional.of(unit.id()), unit.group());
        boolean ownRows = agreements.rows().stream().anyMatch(r -> r.unitId().equals(unit.id()));
        Map<Integer, List<AgreedIndicator>> byComponent = new TreeMap<>();
        for (AgreedIndicator a : agreement.indicators()) {
            byComponent.computeIfAbsent(a.key().component(), c -> new ArrayList<>()).add(a);
        }
        byComponent.values().forEach(rows -> rows.sort(BY_NUMBER));
        List<TemplateBlock> blocks = new ArrayList<>();
        BigDecimal weights = BigDecimal.ZERO;
        for (int component = 1; component <= 3; component++) {
            List<AgreedIndicator> rows = byComponent.getOrDefault(component, List.of());
            if (!rows.isEmpty()) {
                blocks.add(tableOf(unit, component, rows, agreement));
            } else if (!ownRows) {
                blocks.add(StandardForm.slots(component));
            }
        }
        for (int component = 4; component <= 5; component++) {
            for (AgreedIndicator a : byComponent.getOrDefault(component, List.of())) {
                blocks.add(singleOf(unit, a));
            }
        }
        for (TemplateBlock b : blocks) {
            for (TemplateIndicator i : b.indicators()) {
                weights = weights.add(i.weight() == null ? BigDecimal.ZERO : i.weight());
            }
        }
        if (!ownRows) {
            notes.add(rosterFile + ":" + unit.line() + ": unit " + unit.id() + " has no indicators of its own in "
                    + agreementsFile + "; its form leaves components 1-3 for the unit to fill in");
        } else if (weights.compareTo(HUNDRED) != 0) {
            notes.add(rosterFile + ":" + unit.line() + ": the agreed weights of unit " + unit.id() + " add up to "
                    + weights.stripTrailingZeros().toPlainString() + ", not 100");
        }
        return new TemplateContent(fiscalYear, unit.id(), unit.name(), unit.group().orElse(null), blocks, true);
    }

    /** Components 1-3: the table with an indicator column, one row per agreed indicator. */
    private TemplateBlock tableOf(RosterUnit unit, int component, List<AgreedIndicator> rows,
            UnitAgreement agreement) throws AgreementConflictException {
        List<TemplateIndicator> indicators = new ArrayList<>();
        for (AgreedIndicator a : rows) {
            if (!agreement.hasLine(a.key())) {
                // Only a group rubric (components 4 and 5) can leave the group to the unit.
                throw noLine(unit, a.key(), a);
            }
            indicators.add(indicatorOf(a, targetOf(a)));
        }
        return new TemplateBlock(component, StandardForm.componentTitle(component),
                StandardForm.indicatorTitle(component), "", Shape.MULTI, interpolation(component, rows), Map.of(),
                indicators);
    }

    /** Components 4 and 5: one indicator on its own sheet, with a rubric by group when it has group rows. */
    private TemplateBlock singleOf(RosterUnit unit, AgreedIndicator a) throws AgreementConflictException {
        int component = a.key().component();
        String number = a.key().indicator();
        String prefix = component + ".";
        boolean sub = SUB_NUMBER.matcher(number).matches() && number.startsWith(prefix);
        if (!sub && !number.equals(Integer.toString(component))) {
            throw new AgreementConflictException(agreementsFile, a.sourceLine(), "indicator " + number
                    + " of component " + component + ": the form numbers the indicators of component " + component
                    + " as " + component + ", or " + prefix + "1, " + prefix + "2 and so on; renumber it");
        }
        String title = a.name().isEmpty() ? StandardForm.indicatorTitle(component) : a.name();
        String indicatorTitle = sub ? StandardForm.indicatorTitle(component) : title;
        String subLine = sub ? number + " " + a.name() : "";

        Map<UnitGroup, AgreedIndicator> lines = linesByGroup(unit, a.key());
        if (lines.values().stream().noneMatch(r -> r.group().isPresent())) {
            TemplateIndicator indicator = indicatorOf(a, validTarget(a));
            return new TemplateBlock(component, StandardForm.componentTitle(component), indicatorTitle, subLine,
                    Shape.SINGLE, interpolation(component, List.of(a)), Map.of(), List.of(indicator));
        }
        if (unit.group().isPresent() && !lines.containsKey(unit.group().get())) {
            throw noLine(unit, a.key(), a);
        }
        List<AgreedIndicator> distinct = new ArrayList<>(new LinkedHashSet<>(lines.values()));
        Map<UnitGroup, List<BigDecimal>> thresholds = new EnumMap<>(UnitGroup.class);
        for (Map.Entry<UnitGroup, AgreedIndicator> e : lines.entrySet()) {
            List<String> texts = textsOf(e.getValue());
            if (!TemplateIndicator.allNumeric(texts)) {
                throw new AgreementConflictException(agreementsFile, e.getValue().sourceLine(), "indicator " + number
                        + " has a row per unit group, and the form scores such a rubric from the measured value,"
                        + " so its thresholds must be plain numbers, not '" + firstNotPlain(texts)
                        + "'; write numbers, or agree one row without a group");
            }
            thresholds.put(e.getKey(), texts.stream().map(t -> Numbers.parse(ThaiText.normalize(t))).toList());
        }
        AgreedIndicator weighted = unit.group().isPresent() ? lines.get(unit.group().get()) : sameWeight(unit, distinct);
        TemplateIndicator indicator = new TemplateIndicator(number, weighted.name(), weighted.weight(), List.of(),
                validTarget(weighted), ResultKind.VALUE);
        if (unit.group().isEmpty()) {
            notes.add(rosterFile + ":" + unit.line() + ": unit " + unit.id() + " has no group on the roster; its form"
                    + " leaves the group of indicator " + number + " for the unit to pick");
        }
        return new TemplateBlock(component, StandardForm.componentTitle(component), indicatorTitle, subLine,
                Shape.SINGLE, interpolation(component, distinct), thresholds, List.of(indicator));
    }

    /**
     * The agreed row of an indicator for each unit group that has one (its own group row, or a row
     * without a group), resolved exactly as the consolidator resolves them.
     */
    private Map<UnitGroup, AgreedIndicator> linesByGroup(RosterUnit unit, IndicatorKey key) {
        Map<UnitGroup, AgreedIndicator> lines = new EnumMap<>(UnitGroup.class);
        for (UnitGroup g : UnitGroup.values()) {
            UnitAgreement agreement = agreements.forUnit(Optional.of(unit.id()), Optional.of(g));
            if (agreement.hasLine(key)) {
                lines.put(g, agreement.find(key).orElseThrow());
            }
        }
        return lines;
    }

    /** With no group to pick the row, the weight cell can only be filled when every group agreed the same. */
    private AgreedIndicator sameWeight(RosterUnit unit, List<AgreedIndicator> rows) throws AgreementConflictException {
        AgreedIndicator first = rows.get(0);
        for (AgreedIndicator r : rows) {
            if (r.weight().compareTo(first.weight()) != 0) {
                throw new AgreementConflictException(agreementsFile, r.sourceLine(), "indicator "
                        + r.key().indicator() + " weighs " + plain(r.weight()) + " here but " + plain(first.weight())
                        + " on line " + first.sourceLine() + ", and unit " + unit.id() + " has no group on "
                        + rosterFile + " (line " + unit.line() + ") to choose; give the unit its group");
            }
        }
        return first;
    }

    private AgreementConflictException noLine(RosterUnit unit, IndicatorKey key, AgreedIndicator a) {
        List<String> groups = linesByGroup(unit, key).keySet().stream().map(Enum::name).toList();
        String where = rosterFile + " (line " + unit.line() + ")";
        return new AgreementConflictException(agreementsFile, a.sourceLine(), "indicator " + key.indicator()
                + " of component " + key.component() + " has rows for group " + String.join(", ", groups)
                + " only, and unit " + unit.id() + unit.group().map(g -> " is in group " + g.name() + " on " + where
                        + "; add a row for group " + g.name() + " or one without a group")
                        .orElse(" has no group on " + where + (key.component() <= 3
                                ? "; give the unit its group, or agree one row without a group"
                                : "; give the unit its group, or agree one row per group")));
    }

    /**
     * The interpolation of one rubric table: what its rows say, which must agree; the standard form's
     * when none says.
     */
    private boolean interpolation(int component, List<AgreedIndicator> rows) throws AgreementConflictException {
        AgreedIndicator said = null;
        for (AgreedIndicator a : rows) {
            if (a.interpolate().isEmpty()) {
                continue;
            }
            if (said == null) {
                said = a;
            } else if (!a.interpolate().equals(said.interpolate())) {
                AgreedIndicator later = a.sourceLine() > said.sourceLine() ? a : said;
                AgreedIndicator earlier = later == a ? said : a;
                throw new AgreementConflictException(agreementsFile, later.sourceLine(), "interpolate is "
                        + later.interpolate().get() + " for indicator " + later.key().indicator() + " but "
                        + earlier.interpolate().get() + " for indicator " + earlier.key().indicator() + " (line "
                        + earlier.sourceLine() + "); both are in the rubric table of component " + component
                        + ", which has one adjustment line (ช่วงการปรับเกณฑ์การให้คะแนน), so agree the same value"
                        + " for both or leave interpolate empty");
            }
        }
        return said != null ? said.interpolate().get() : component >= 4;
    }

    private TemplateIndicator indicatorOf(AgreedIndicator a, Integer target) {
        List<String> texts = textsOf(a);
        TemplateIndicator indicator = TemplateIndicator.agreed(a.key().indicator(), a.name(), a.weight(), texts, target);
        boolean numbers = a.thresholds().stream().noneMatch(Threshold::isMilestone);
        if (indicator.kind() == ResultKind.LEVEL && numbers && notedLines.add(a.sourceLine())) {
            notes.add(agreementsFile + ":" + a.sourceLine() + ": indicator " + a.key().indicator() + " of component "
                    + a.key().component() + " has the threshold '" + firstNotPlain(texts) + "', which a formula"
                    + " cannot compare a measured value with; its form asks for the level reached instead");
        }
        return indicator;
    }

    /** The target a table of components 1-3 prints, where the unit cannot pick one it did not agree. */
    private Integer targetOf(AgreedIndicator a) throws AgreementConflictException {
        if (a.targetLevel().isPresent() && a.targetLevel().get() == 0) {
            throw new AgreementConflictException(agreementsFile, a.sourceLine(), "target_level 0 of indicator "
                    + a.key().indicator() + " is no level the form can print; agree a level from 1 to 5, or leave"
                    + " it empty for the unit to pick");
        }
        return a.targetLevel().orElse(null);
    }

    /** Single-indicator tables print no target, so a target of 0 costs nothing there. */
    private static Integer validTarget(AgreedIndicator a) {
        return a.targetLevel().filter(t -> t >= 1 && t <= 5).orElse(null);
    }

    private static List<String> textsOf(AgreedIndicator a) {
        return a.thresholds().stream().map(Threshold::text).toList();
    }

    private static String firstNotPlain(List<String> texts) {
        for (String t : texts) {
            if (!TemplateIndicator.allNumeric(List.of(t))) {
                return t;
            }
        }
        return texts.get(0);
    }

    private static String plain(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString();
    }

    private static int compareNumbers(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = new BigDecimal(x[i]).compareTo(new BigDecimal(y[i]));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }
}
