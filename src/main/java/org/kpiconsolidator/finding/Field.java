package org.kpiconsolidator.finding;

/**
 * The part of a form a finding is about. With the rule, unit, component and indicator it makes
 * the finding's stable identity (SPEC 4.1), which survives rows being inserted and files renamed.
 */
public enum Field {
    WEIGHT("weight"),
    RESULT("result"),
    LEVEL("level"),
    SCORE("score"),
    WEIGHTED("weighted"),
    SUBTOTAL("subtotal"),
    SUMMARY_WEIGHT("summary.weight"),
    SUMMARY_LEVEL("summary.level"),
    SUMMARY_WEIGHTED("summary.weighted"),
    SUMMARY_SUBTOTAL("summary.subtotal"),
    DETAIL_LEVEL("detail.level"),
    RUBRIC_POINTS("rubric.points"),
    RUBRIC_THRESHOLDS("rubric.thresholds"),
    EXPLANATION("explanation"),
    FORMULA("formula"),
    UNIT("unit"),
    FILE("file"),
    YEAR("year"),
    GROUP("group");

    private final String key;

    Field(String key) {
        this.key = key;
    }

    /** The field as written in finding ids and logs, e.g. {@code summary.weight}. */
    public String key() {
        return key;
    }
}
