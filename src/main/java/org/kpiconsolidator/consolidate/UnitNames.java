package org.kpiconsolidator.consolidate;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.kpiconsolidator.model.FormBlock;
import org.kpiconsolidator.model.Sourced;
import org.kpiconsolidator.model.Submission;
import org.kpiconsolidator.reference.Roster;
import org.kpiconsolidator.reference.RosterUnit;
import org.kpiconsolidator.reference.UnitKeys;
import org.kpiconsolidator.reference.UnitMatch;
import org.kpiconsolidator.text.ThaiText;

/**
 * Decides a file's unit (SPEC 2.1): one unit per file, the one most of its blocks name (ties: the
 * first block's). Without a roster, blocks name the same unit when their {@link UnitKeys} are equal
 * ({@code สำนักปลัด…} and {@code สำนักงานปลัด…} spellings vote together); with one, when their names
 * match the same roster unit (by name, alias, or the longest name or alias they begin with).
 */
public final class UnitNames {

    private UnitNames() {
    }

    /** The file's unit name as its forms give it (no roster), or empty when no block names one. */
    public static String fileUnit(Submission submission) {
        return identify(submission, Optional.empty()).formName();
    }

    /**
     * The file's unit, matched against the roster when there is one.
     *
     * @return the winning name, spelled in its canonical form when a block spells it so (else as the
     *     first block that gives it does), where it is, and its roster unit; an empty name (and no
     *     cell) when no block names a unit. The choice does not depend on the order of the sheets.
     */
    public static UnitMatch identify(Submission submission, Optional<Roster> roster) {
        Map<String, Vote> votes = new LinkedHashMap<>();
        for (FormBlock block : submission.blocks()) {
            Sourced<String> name = block.header().unitName();
            if (name.value() == null || name.value().isBlank()) {
                continue;
            }
            String normalized = ThaiText.normalize(name.value());
            String key = UnitKeys.of(normalized);
            Optional<RosterUnit> unit = roster.flatMap(r -> r.match(normalized));
            String voter = unit.map(u -> "id:" + u.id()).orElse("name:" + key);
            Vote vote = votes.computeIfAbsent(voter, k -> new Vote(new UnitMatch(normalized, name.cell(), unit)));
            vote.count++;
            if (ThaiText.keyOf(normalized).equals(key) && !vote.canonical) {
                vote.match = new UnitMatch(normalized, name.cell(), unit);
                vote.canonical = true;
            }
        }
        Vote best = null;
        for (Vote v : votes.values()) {
            if (best == null || v.count > best.count) {
                best = v;
            }
        }
        return best == null ? new UnitMatch("", null, Optional.empty()) : best.match;
    }

    private static final class Vote {
        private UnitMatch match;
        private boolean canonical;
        private int count;

        Vote(UnitMatch match) {
            this.match = match;
        }
    }
}
