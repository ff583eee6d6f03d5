package org.kpiconsolidator.consolidate;

/** Where the rubric that scored an indicator came from (the rubric sheet's source column). */
public enum RubricSource {
    /** The form's own rubric table (เกณฑ์การให้คะแนน). */
    FORM,
    /** The official agreements file given with {@code --agreements}. */
    AGREEMENTS
}
