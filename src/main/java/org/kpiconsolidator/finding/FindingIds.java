package org.kpiconsolidator.finding;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The stable id of a finding (SPEC 4.1): a short hash of rule, unit, component, indicator and
 * field. Never the cell, which moves when rows are inserted; never the file name, which changes on
 * resubmission, except for duplicate submissions, where the file is the point. A finding about a
 * rubric threshold adds what tells the five thresholds of a row apart (its level, or the group row
 * it is on), so each changed threshold keeps an id of its own.
 */
public final class FindingIds {

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
