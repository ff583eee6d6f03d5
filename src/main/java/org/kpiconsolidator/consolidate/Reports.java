package org.kpiconsolidator.consolidate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kpiconsolidator.finding.Code;
import org.kpiconsolidator.finding.Finding;
import org.kpiconsolidator.finding.Severity;
import org.kpiconsolidator.model.Result;
import org.kpiconsolidator.model.ResultRow;
import org.kpiconsolidator.model.UnitGroup;
import org.kpiconsolidator.scoring.IndicatorScore;
import org.kpiconsolidator.scoring.Score;
import org.kpiconsolidator.scoring.SubmissionScore;
import org.kpiconsolidator.text.Decimals;

/** Turns a consolidation into the rows of the output tables; no formatting here. */
public final class Reports {

    /** Findings that make an indicator INCOMPLETE rather than MISMATCH. */
    private static final Set<Code> INCOMPLETE_CODES = EnumSet.of(Code.MISSING_VALUE, Code.MISSING_FIELD);

    private Reports() {
    }

    /** One line per indicator of a file, in form order; empty when the file is not a readable form. */
    public static List<IndicatorLine> indicatorLines(FileOutcome f) {
        if (f.score().isEmpty()) {
            return List.of();
        }
        List<IndicatorLine> lines = new ArrayList<>();
        for (IndicatorScore s : f.score().get().indicators()) {
            ResultRow row = s.indicator().results();
            Result result = row.result().value();
            // The values of record: the office's verified result where it gave one (--verified).
            Score r = s.ofRecord().orElse(null);
            lines.add(new IndicatorLine(f.file().name(), f.unit(), s.component(), s.indicator().number(),
                    s.indicator().name(), row.weight().value(),
                    result instanceof Result.Level l ? l.level() : null,
                    result instanceof Result.Measured m ? m.value() : null,
                    row.score().value(), row.weighted().value(),
                    r == null ? null : r.level(), r == null ? null : r.score(), r == null ? null : r.weighted(),
                    indicatorStatus(f, s), s.indicator().cell(),
                    new IndicatorLine.Cells(row.weight().cell(), row.result().cell(), row.score().cell(),
                            row.weighted().cell())));
        }
        return lines;
    }

    private static String indicatorStatus(FileOutcome f, IndicatorScore s) {
        boolean mismatch = false;
        boolean incomplete = s.recomputed().isEmpty() || s.recomputedWeighted() == null;
        for (Finding finding : f.findings()) {
            if (!finding.component().equals(s.component()) || !finding.indicator().equals(s.indicator().number())
                    || finding.severity() == Severity.INFO || finding.isWaived()) {
                continue;
            }
            if (INCOMPLETE_CODES.contains(finding.code())) {
                incomplete = true;
            } else if (finding.severity() == Severity.ERROR) {
                mismatch = true;
            }
        }
        return mismatch ? "MISMATCH" : incomplete ? "INCOMPLETE" : "OK";
    }

    /** One line per file that was read or tried (skipped files are left out), in file order. */
    public static List<SummaryLine> summaryLines(Consolidation c) {
        List<SummaryLine> lines = new ArrayList<>();
        for (FileOutcome f : c.files()) {
            if (f.readStatus() != FileStatus.SKIPPED) {
                lines.add(summaryLine(f));
            }
        }
        return lines;
    }

    /** The summary line of one file. */
    public static SummaryLine summaryLine(FileOutcome f) {
        // Waived findings are accepted by the office: listed, but counted for no status.
        long errors = f.findings().stream().filter(x -> x.counts(Severity.ERROR)).count();
        long warnings = f.findings().stream().filter(x -> x.counts(Severity.WARNING)).count();
        StoredScore score = f.stored();
        return new SummaryLine(f.file().name(), f.unit(), f.group() == null ? "" : f.group().name(),
                status(f, errors, warnings).name(),
                score.isPresent() ? score.statedTotal().orElse(null) : null,
                score.isPresent() ? score.total() : null, errors, warnings);
    }

    /**
     * The place of every ranked file by recomputed total. Ranked are the readable
     * forms of the year being consolidated: unreadable files, files that are not forms and forms of
     * another year (FISCAL_YEAR_MISMATCH) get {@link Rank#NONE}. Duplicate submissions are both
     * ranked, as both are listed. A file's place does not depend on the order of the files.
     *
     * @return one rank per file, in the order of {@link Consolidation#files()}
     */
    public static List<Rank> ranks(Consolidation c) {
        List<BigDecimal> overall = new ArrayList<>();
        Map<UnitGroup, List<BigDecimal>> byGroup = new EnumMap<>(UnitGroup.class);
        for (FileOutcome f : c.files()) {
            if (isRanked(f)) {
                overall.add(rankedTotal(f));
                if (f.group() != null) {
                    byGroup.computeIfAbsent(f.group(), g -> new ArrayList<>()).add(rankedTotal(f));
                }
            }
        }
        overall.sort(Comparator.reverseOrder());
        byGroup.values().forEach(totals -> totals.sort(Comparator.reverseOrder()));
        List<Rank> ranks = new ArrayList<>(c.files().size());
        for (FileOutcome f : c.files()) {
            if (!isRanked(f)) {
                ranks.add(Rank.NONE);
                continue;
            }
            BigDecimal total = rankedTotal(f);
            Integer inGroup = f.group() == null ? null : placeOf(total, byGroup.get(f.group()));
            ranks.add(new Rank(placeOf(total, overall), inGroup));
        }
        return ranks;
    }

    private static boolean isRanked(FileOutcome f) {
        return f.isForm() && f.findings().stream().noneMatch(x -> x.code() == Code.FISCAL_YEAR_MISMATCH);
    }

    /** 1 + the number of totals above {@code total}, in a list sorted from the highest. */
    private static int placeOf(BigDecimal total, List<BigDecimal> descending) {
        int low = 0;
        int high = descending.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (descending.get(mid).compareTo(total) > 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low + 1;
    }

    /** The total ranks compare: the recomputed total at the precision the outputs keep. */
    private static BigDecimal rankedTotal(FileOutcome f) {
        return Decimals.rounded(f.stored().total());
    }

    /**
     * Where the thresholds that scored an indicator came from. Today every rubric is the form's own;
     * with the agreements of record (SPEC 5.1) the agreed ones are {@link RubricSource#AGREEMENTS}.
     */
    public static RubricSource rubricSource(IndicatorScore s) {
        return RubricSource.FORM;
    }

    /** The summary status of a file after the batch rules. */
    public static FileStatus status(FileOutcome f, long errors, long warnings) {
        if (f.readStatus() != FileStatus.OK) {
            return f.readStatus();
        }
        if (f.findings().stream().anyMatch(x -> x.code() == Code.DUPLICATE_SUBMISSION && !x.isWaived())) {
            return FileStatus.DUPLICATE;
        }
        return errors + warnings > 0 ? FileStatus.DISCREPANCIES : FileStatus.OK;
    }
}
