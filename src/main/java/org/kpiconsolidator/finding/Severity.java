package org.kpiconsolidator.finding;

/** How much a finding matters. Ordered: a higher ordinal is more severe. */
public enum Severity {
    INFO, WARNING, ERROR;

    public boolean atLeast(Severity other) {
        return compareTo(other) >= 0;
    }
}
