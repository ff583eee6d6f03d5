package org.kpiconsolidator.consolidate;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.kpiconsolidator.finding.Code;
import org.kpiconsolidator.finding.Finding;
import org.kpiconsolidator.finding.Severity;
import org.kpiconsolidator.model.Result;
import org.kpiconsolidator.model.ResultRow;
import org.kpiconsolidator.scoring.IndicatorScore;
import org.kpiconsolidator.scoring.Score;
import org.kpiconsolidator.scoring.SubmissionScore;

/** Turns a consolidation into the rows of the output tables; no formatting here. */
public final class Reports {

    /** Findings that make an indicator INCOMPLETE rather than MISMATCH. */
    private static final Set<Code> INCOMPLETE_CODES = EnumSet.of(Code.MISSING_VALUE, Code.MISSING_FIELD);

    private Reports() {
    }

    /** One line per indicator of every readable form, in file and form order. */
    public static List<IndicatorLine> indicatorLines(Consolidation c) {
        List<IndicatorLine> lines = new ArrayList<>();
        for (FileOutcome f : c.files()) {
            if (f.score().isEmpty()) {
                continue;
            }
            for (IndicatorScore s : f.score().get().indicators()) {
                ResultRow row = s.indicator().results();
                Result result = row.result().value();
                Score r = s.recomputed().orElse(null);
                lines.add(new IndicatorLine(f.file().name(), f.unit(), s.component(), s.indicator().number(),
                        s.indicator().name(), row.weight().value(),
                        result instanceof Result.Level l ? l.level() : null,
                        result instanceof Result.Measured m ? m.value() : null,
                        row.score().value(), row.weighted().value(),
                        r == null ? null : r.level(), r == null ? null : r.score(), r == null ? null : r.weighted(),
                        indicatorStatus(f, s), s.indicator().cell()));
            }
        }
        return lines;
    }

    private static String indicatorStatus(FileOutcome f, IndicatorScore s) {
        boolean mismatch = false;
        boolean incomplete = s.recomputed().isEmpty() || s.recomputedWeighted() == null;
        for (Finding finding : f.findings()) {
            if (!finding.component().equals(s.component()) || !finding.indicator().equals(s.indicator().number())
                    || finding.severity() == Severity.INFO) {
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
            if (f.readStatus() == FileStatus.SKIPPED) {
                continue;
            }
            long errors = f.findings().stream().filter(x -> x.severity() == Severity.ERROR).count();
            long warnings = f.findings().stream().filter(x -> x.severity() == Severity.WARNING).count();
            SubmissionScore score = f.score().orElse(null);
            lines.add(new SummaryLine(f.file().name(), f.unit(), f.group() == null ? "" : f.group().name(),
                    status(f, errors, warnings).name(),
                    score == null ? null : score.statedTotal().orElse(null),
                    score == null ? null : score.total(), errors, warnings));
        }
        return lines;
    }

    /** The summary status of a file after the batch rules. */
    public static FileStatus status(FileOutcome f, long errors, long warnings) {
        if (f.readStatus() != FileStatus.OK) {
            return f.readStatus();
        }
        if (f.findings().stream().anyMatch(x -> x.code() == Code.DUPLICATE_SUBMISSION)) {
            return FileStatus.DUPLICATE;
        }
        return errors + warnings > 0 ? FileStatus.DISCREPANCIES : FileStatus.OK;
    }
}
