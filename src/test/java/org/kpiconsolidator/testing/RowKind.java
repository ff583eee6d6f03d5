package org.kpiconsolidator.testing;

/**
 * What a row of the form is. Every row the renderer writes goes through {@link FormWriter} tagged with
 * its kind, so a {@link LayoutVariation} can act on, say, every results header.
 */
public enum RowKind {
    COVER_LINE(Shape.TITLE),
    BLANK(Shape.BLANK),
    FORM_TITLE(Shape.TITLE),
    YEAR_LINE(Shape.TITLE),
    UNIT_LINE(Shape.LINE),
    GROUP_LINE(Shape.LINE),
    COMPONENT_LINE(Shape.LINE),
    INDICATOR_LINE(Shape.LINE),
    SUB_INDICATOR_LINE(Shape.LINE),
    CONTACT_LINE(Shape.LINE),
    RUBRIC_LABEL(Shape.HEADING),
    RUBRIC_ADJUSTMENT(Shape.LINE),
    RUBRIC_HEADER(Shape.HEADER),
    RUBRIC_ROW(Shape.CELLS),
    RUBRIC_FLOOR_NOTE(Shape.LINE),
    RESULTS_LABEL(Shape.HEADING),
    RESULTS_HEADER(Shape.HEADER),
    RESULTS_ROW(Shape.CELLS),
    RESULTS_SUBTOTAL(Shape.CELLS),
    NARRATIVE_LABEL(Shape.HEADING),
    NARRATIVE_TEXT(Shape.TEXT),
    COMPONENT_WEIGHT_HEADING(Shape.HEADING),
    SUMMARY_TITLE(Shape.HEADING),
    SUMMARY_HEADER(Shape.HEADER),
    SUMMARY_ROW(Shape.CELLS),
    SUMMARY_TOTAL(Shape.CELLS),
    DETAIL_TITLE(Shape.HEADING),
    DETAIL_HEADER(Shape.HEADER),
    DETAIL_ROW(Shape.CELLS),
    DETAIL_NARRATIVE_LABEL(Shape.HEADING),
    DETAIL_NARRATIVE_TEXT(Shape.TEXT);

    private final Shape shape;

    RowKind(Shape shape) {
        this.shape = shape;
    }

    public Shape shape() {
        return shape;
    }

    /** How a row is drawn: label lines span the form's width; table rows get borders. */
    public enum Shape {
        BLANK, TITLE, HEADING, LINE, TEXT, HEADER, CELLS;

        boolean spansWidth() {
            return this == TITLE || this == HEADING || this == LINE || this == TEXT;
        }
    }
}
