package org.kpiconsolidator.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kpiconsolidator.finding.Code;
import org.kpiconsolidator.finding.Finding;
import org.kpiconsolidator.finding.Severity;

/**
 * Which finding codes a run reports and at what severity ({@code --skip CODE[,CODE]},
 * {@code --severity CODE=LEVEL}). Applied to every finding of the run, so the counts, statuses and
 * exit code follow it.
 *
 * @param skipped codes left out of every output
 * @param severities codes reported at another severity than their default
 */
public record RuleSelection(Set<Code> skipped, Map<Code, Severity> severities) {

    /** Every code, at its default severity. */
    public static final RuleSelection ALL = new RuleSelection(Set.of(), Map.of());

    public RuleSelection {
        skipped = skipped.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(skipped));
        severities = severities.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(severities));
    }

    /**
     * Reads the command line's values: codes (any case, comma-separated) and {@code CODE=LEVEL}
     * pairs with LEVEL {@code error}, {@code warning} or {@code info}.
     *
     * @throws IllegalArgumentException naming the value that does not read and what is expected
     */
    public static RuleSelection parse(List<String> skip, List<String> severity) {
        Set<Code> skipped = EnumSet.noneOf(Code.class);
        for (String item : split(skip)) {
            skipped.add(code(item, "--skip"));
        }
        Map<Code, Severity> levels = new EnumMap<>(Code.class);
        for (String item : split(severity)) {
            int eq = item.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("--severity takes CODE=LEVEL, not '" + item + "'");
            }
            Code code = code(item.substring(0, eq), "--severity");
            String level = item.substring(eq + 1).trim();
            try {
                levels.put(code, Severity.valueOf(level.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--severity " + code + ": level must be error, warning or info, not '"
                        + level + "'");
            }
        }
        return new RuleSelection(skipped, levels);
    }

    private static List<String> split(List<String> values) {
        List<String> items = new ArrayList<>();
        for (String v : values) {
            Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(items::add);
        }
        return items;
    }

    private static Code code(String text, String option) {
        try {
            return Code.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(option + ": unknown code '" + text.trim()
                    + "'; 'rules' lists the codes");
        }
    }

    /** This selection, leaving {@code code} out as well. */
    public RuleSelection skipping(Code code) {
        Set<Code> more = EnumSet.of(code);
        more.addAll(skipped);
        return new RuleSelection(more, severities);
    }

    /** The findings this run reports, each at this run's severity, in their order. */
    public List<Finding> apply(List<Finding> findings) {
        if (skipped.isEmpty() && severities.isEmpty()) {
            return findings;
        }
        List<Finding> kept = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            apply(f).ifPresent(kept::add);
        }
        return kept;
    }

    /** A finding as this run reports it: at its severity for the run, or not at all. */
    public Optional<Finding> apply(Finding finding) {
        if (skipped.contains(finding.code())) {
            return Optional.empty();
        }
        Severity s = severities.get(finding.code());
        return Optional.of(s == null ? finding : finding.withSeverity(s));
    }
}
