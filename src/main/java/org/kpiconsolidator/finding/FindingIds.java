package org.kpiconsolidator.finding;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The stable id of a finding (SPEC 4.1): a short hash of rule, unit, component, indicator and
 * field. Never the cell, which moves when rows are inserted; never the file name, which changes on
 * resubmission, except for duplicate submissions, where the file is the point, and for files
 * without a unit (unreadable, not a form), which have nothing else to be told apart by.
 *
 * <p>Where one rule can report the same field of one indicator more than once, the basis adds what
 * tells the findings apart, and nothing that changes when the unit corrects a value: a rubric
 * threshold's level or group row; {@code target} for a target level (it shares its field with the
 * achieved level beside it); and for the run's own findings about a waiver, the id it waives.
 *
 * <p>Two files of one unit (DUPLICATE_SUBMISSION) give the same mistake the same id: for review
 * rounds and waivers it is one finding of the unit, whichever file carries it.
 */
public final class FindingIds {

    /** The detail that marks a finding about a target level. */
    public static final String TARGET = "target";

    private static final int HEX_LENGTH = 12;

    private FindingIds() {
    }

    public static String of(Finding f) {
        StringBuilder basis = new StringBuilder(96)
                .append(f.code().name()).append('|')
                .append(f.unitKey()).append('|')
                .append(f.component()).append('|')
                .append(f.indicator()).append('|')
                .append(f.field() == null ? "" : f.field().key());
        if (f.field() == Field.RUBRIC_THRESHOLDS && !f.detail().isEmpty()) {
            basis.append('|').append(f.detail());
        }
        if ((f.field() == Field.SUMMARY_LEVEL || f.field() == Field.DETAIL_LEVEL) && TARGET.equals(f.detail())) {
            basis.append('|').append(TARGET);
        }
        if (f.code() == Code.WAIVER_UNMATCHED || f.code() == Code.WAIVER_NEEDS_REASON) {
            basis.append('|').append(f.stated());
        }
        if (f.code() == Code.DUPLICATE_SUBMISSION || f.code().scope() == Scope.FILE && f.unitKey().isEmpty()) {
            // Files without a unit (unreadable, not a form) are told apart by their name.
            basis.append('|').append(f.file());
        }
        return HexFormat.of().formatHex(sha256(basis.toString()), 0, HEX_LENGTH / 2);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
