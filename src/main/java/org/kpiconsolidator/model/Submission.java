package org.kpiconsolidator.model;

import jakarta.validation.Valid;
import java.io.Serializable;
import java.util.List;

/**
 * What one workbook says: its form blocks in reading order (sheets in workbook order, blocks top
 * to bottom). A workbook with no block is not a form and has no Submission.
 */
public record Submission(List<@Valid FormBlock> blocks) implements Serializable {

    public Submission {
        blocks = List.copyOf(blocks);
    }
}
