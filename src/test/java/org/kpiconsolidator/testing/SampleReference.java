package org.kpiconsolidator.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.kpiconsolidator.reference.ReferenceData;
import org.kpiconsolidator.reference.ReferenceFileException;

/**
 * The reference data that go with the samples: {@code samples/roster.csv} and
 * {@code samples/agreements.csv}. Run with both, the samples show each rule of the reference data
 * once:
 *
 * <ul>
 *   <li>MISSING_SUBMISSION: the roster lists สำนักงานเขตพระนคร, which sent no form;
 *   <li>UNKNOWN_UNIT: สำนักงานเขตบางบอน sent a form but is not on the roster;
 *   <li>DUPLICATE_SUBMISSION: สำนักพัฒนาสังคม sent a form and a resubmission naming itself
 *       {@code สำนักพัฒนาสังคม กรุงเทพมหานคร}, which the roster matches to the same unit by prefix;
 *   <li>GROUP_MISMATCH: the roster puts สำนักสิ่งแวดล้อม in group B; its form ticks A;
 *   <li>RUBRIC_MISMATCH: สำนักการแพทย์ agreed weight 20 for indicator 1 (the form says 15) and 100 as
 *       indicator 3's level-5 threshold (the form says 96); สำนักพัฒนาสังคม agreed 15 for indicator 3
 *       (the form says 150); สำนักงานเขตจตุจักร agreed indicator 7 in component 3 but reported an
 *       indicator 6 that is not agreed.
 * </ul>
 *
 * The agreed rows of each unit are read off its form (what the unit printed is what it agreed), then
 * the deviations above are applied, so each one is visible here.
 */
public final class SampleReference {

    /** Indicators common to all units: innovation (4), budget disbursement by group (5.1), databases (5.2). */
    private static final String COMMON = "*";

    /** Numbers the files {@link #load} writes, so tests sharing a folder do not overwrite each other's. */
    private static final AtomicInteger FILES = new AtomicInteger();

    private SampleReference() {
    }

    /** One line of {@code roster.csv}. */
    public record RosterEntry(String unitId, String unitName, List<String> aliases, String group) {

        public RosterEntry {
            aliases = List.copyOf(aliases);
        }
    }

    /** One line of {@code agreements.csv}; thresholds as written (numbers, or milestone texts). */
    public record AgreementRow(String unitId, int component, String indicator, String name, Object weight,
            Object targetLevel, List<Object> thresholds, Boolean interpolate, String group) {

        public AgreementRow {
            thresholds = List.copyOf(thresholds);
        }

        AgreementRow withWeight(Object value) {
            return new AgreementRow(unitId, component, indicator, name, value, targetLevel, thresholds, interpolate,
                    group);
        }

        AgreementRow withThreshold(int level, Object value) {
            List<Object> changed = new ArrayList<>(thresholds);
            changed.set(level - 1, value);
            return new AgreementRow(unitId, component, indicator, name, weight, targetLevel, changed, interpolate,
                    group);
        }
    }

    public static List<RosterEntry> roster() {
        return List.of(
                new RosterEntry("04010000", "สำนักงานการต่างประเทศ",
                        List.of(SeedTranscription.UNIT, SeedTranscription.UNIT_LONG_PARENT), "A"),
                new RosterEntry("50400000", "สำนักงานเขตบางแค", List.of("เขตบางแค", "สำนักงานบางแค"), "A"),
                new RosterEntry("07000000", "สำนักการแพทย์", List.of(), "A"),
                new RosterEntry("50260000", "สำนักงานเขตจตุจักร", List.of("เขตจตุจักร", "สำนักงานจตุจักร"), "C"),
                // The office has it in group B; the form ticks A.
                new RosterEntry("22000000", "สำนักสิ่งแวดล้อม", List.of(), "B"),
                new RosterEntry("24000000", SampleForms.SOCIAL_DEVELOPMENT, List.of(), "B"),
                // Sent no form.
                new RosterEntry("50010000", "สำนักงานเขตพระนคร", List.of("เขตพระนคร", "สำนักงานพระนคร"), "C"));
    }

    public static List<AgreementRow> agreements() {
        List<AgreementRow> rows = new ArrayList<>(common());
        rows.addAll(agreedAsPrinted("04010000", SampleForms.internationalAffairsOffice()));
        rows.addAll(agreedAsPrinted("50400000", SampleForms.bangKhaeDistrict()));
        rows.addAll(change(change(agreedAsPrinted("07000000", SampleForms.medicalDepartment()),
                "1", row -> row.withWeight(20)), "3", row -> row.withThreshold(5, 100)));
        rows.addAll(chatuchak());
        rows.addAll(agreedAsPrinted("22000000", SampleForms.environmentDepartment()));
        rows.addAll(change(agreedAsPrinted("24000000", SampleForms.socialDevelopmentDepartment()),
                "3", row -> row.withWeight(15)));
        return rows;
    }

    private static List<AgreementRow> common() {
        List<AgreementRow> rows = new ArrayList<>();
        rows.add(new AgreementRow(COMMON, 4, "4", ComponentTitles.INNOVATION_BASE_INDICATOR, 10, 5,
                List.of(60, 70, 80, 90, 100), true, ""));
        for (RubricSpec.Row group : RubricSpec.disbursementGroupRows()) {
            String label = group.label().toString();
            rows.add(new AgreementRow(COMMON, 5, "5.1", ComponentTitles.DISBURSEMENT.substring(4), 10, null,
                    group.thresholds(), true, label.substring(label.length() - 1)));
        }
        rows.add(new AgreementRow(COMMON, 5, "5.2", ComponentTitles.DATABASE_RUBRIC_LABEL, 10, 5,
                List.of(60, 70, 80, 90, 100), true, ""));
        return rows;
    }

    /** สำนักงานเขตจตุจักร agreed indicator 7 in component 3; its form reports an indicator 6 instead. */
    private static List<AgreementRow> chatuchak() {
        List<AgreementRow> rows = new ArrayList<>();
        for (AgreementRow row : agreedAsPrinted("50260000", SampleForms.chatuchakDistrict())) {
            rows.add(row.component() != 3 ? row : new AgreementRow(row.unitId(), 3, "7",
                    "ระดับความสำเร็จของการพัฒนาคุณภาพชีวิตชุมชนริมคลองบางซื่อ", 10, 5,
                    List.of(20, 40, 60, 80, 100), false, ""));
        }
        return rows;
    }

    /** A unit's own rows for components 1-3, as its form prints them. */
    private static List<AgreementRow> agreedAsPrinted(String unitId, SampleForms.Sample sample) {
        List<AgreementRow> rows = new ArrayList<>();
        for (BlockSpec block : sample.form().blocks()) {
            if (block.component() > 3) {
                continue;
            }
            for (int i = 0; i < block.results().rows().size(); i++) {
                ResultsSpec.Row result = block.results().rows().get(i);
                RubricSpec.Row rubric = block.rubric().rows().get(i);
                String label = rubric.label().toString();
                String number = label.substring(0, label.indexOf('.'));
                List<Object> thresholds = rubric.thresholds().stream().map(SampleReference::plainNumber).toList();
                rows.add(new AgreementRow(unitId, block.component(), number, label.substring(label.indexOf('.') + 1)
                        .trim(), plainNumber(result.weight()), 5, thresholds, block.rubric().interpolate(), ""));
            }
        }
        return rows;
    }

    /** The rows with one indicator's agreement differing from what its form printed. */
    private static List<AgreementRow> change(List<AgreementRow> rows, String indicator,
            UnaryOperator<AgreementRow> change) {
        return rows.stream().map(row -> row.indicator().equals(indicator) ? change.apply(row) : row).toList();
    }

    /** {@code ร้อยละ 20}, {@code ≤ 60} and {@code ๑๐} as the plain numbers an agreement holds. */
    private static Object plainNumber(Object cell) {
        if (cell instanceof Number) {
            return cell;
        }
        StringBuilder digits = new StringBuilder();
        for (char c : cell.toString().toCharArray()) {
            if (c >= '๐' && c <= '๙') {
                digits.append((char) ('0' + (c - '๐')));
            } else if (Character.isDigit(c) || c == '.') {
                digits.append(c);
            }
        }
        return new BigDecimal(digits.toString());
    }

    /** Writes {@code roster.csv}: {@code unit_id,unit_name,aliases,group}, aliases joined with {@code |}. */
    public static void writeRoster(Path file) throws IOException {
        try (CSVPrinter printer = printer(file, "unit_id", "unit_name", "aliases", "group")) {
            for (RosterEntry entry : roster()) {
                printer.printRecord(entry.unitId(), entry.unitName(), String.join("|", entry.aliases()),
                        entry.group());
            }
        }
    }

    /** Writes {@code agreements.csv} in the columns of SPEC 5.1. */
    public static void writeAgreements(Path file) throws IOException {
        try (CSVPrinter printer = printer(file, "unit_id", "component", "indicator", "name", "weight", "target_level",
                "t1", "t2", "t3", "t4", "t5", "interpolate", "group")) {
            for (AgreementRow row : agreements()) {
                List<Object> values = new ArrayList<>(Arrays.asList(row.unitId(), row.component(), row.indicator(),
                        row.name(), row.weight(), row.targetLevel()));
                values.addAll(row.thresholds());
                values.add(row.interpolate());
                values.add(row.group());
                printer.printRecord(values);
            }
        }
    }

    /** The sample roster and agreements, written into {@code dir} and read as a run reads them. */
    public static ReferenceData load(Path dir) {
        return load(dir, UnaryOperator.identity(), UnaryOperator.identity());
    }

    /**
     * The sample roster and agreements with lines changed, written into {@code dir} and read as a run
     * reads them. Each function sees every line after the header; returning {@code null} drops it.
     */
    public static ReferenceData load(Path dir, UnaryOperator<String> rosterLine, UnaryOperator<String> agreementLine) {
        try {
            Path roster = dir.resolve("roster-" + FILES.incrementAndGet() + ".csv");
            Path agreements = dir.resolve("agreements-" + FILES.incrementAndGet() + ".csv");
            writeRoster(roster);
            writeAgreements(agreements);
            rewrite(roster, rosterLine);
            rewrite(agreements, agreementLine);
            return ReferenceData.read(Optional.of(roster), Optional.of(agreements));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ReferenceFileException e) {
            throw new AssertionError("the sample reference data must read: " + e.getMessage(), e);
        }
    }

    private static void rewrite(Path file, UnaryOperator<String> change) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> changed = new ArrayList<>();
        changed.add(lines.get(0));
        for (String line : lines.subList(1, lines.size())) {
            String c = change.apply(line);
            if (c != null) {
                changed.add(c);
            }
        }
        Files.write(file, changed, StandardCharsets.UTF_8);
    }

    private static CSVPrinter printer(Path file, String... header) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(header).setRecordSeparator("\n").get();
        Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        return new CSVPrinter(writer, format);
    }
}
