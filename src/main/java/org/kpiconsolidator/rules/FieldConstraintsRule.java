package org.kpiconsolidator.rules;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.kpiconsolidator.finding.Code;
import org.kpiconsolidator.finding.Field;
import org.kpiconsolidator.finding.Finding;
import org.kpiconsolidator.finding.FindingIds;
import org.kpiconsolidator.model.FormBlock;
import org.kpiconsolidator.model.Indicator;
import org.kpiconsolidator.model.RubricRow;
import org.kpiconsolidator.model.Sourced;
import org.kpiconsolidator.model.Submission;
import org.kpiconsolidator.model.constraint.Required;
import org.kpiconsolidator.model.constraint.Within;

/**
 * MISSING_FIELD and INVALID_VALUE from the Bean Validation constraints on the model records: a
 * {@link Required} violation is MISSING_FIELD, any other is INVALID_VALUE, each at the cell of the
 * violating value. The ranges live on the records (weight 0-100, level 0-5, every rubric threshold
 * present), not here. A rubric threshold's finding carries its level in {@code detail}.
 */
public final class FieldConstraintsRule implements FormRule {

    /** Which form field a constrained property is, by its parent and property name in the path. */
    private static final Map<String, Field> FIELDS = Map.ofEntries(
            Map.entry("header.unitName", Field.UNIT),
            Map.entry("results.weight", Field.WEIGHT),
            Map.entry("results.result", Field.RESULT),
            Map.entry("results.score", Field.SCORE),
            Map.entry("results.weighted", Field.WEIGHTED),
            Map.entry("summary.weight", Field.SUMMARY_WEIGHT),
            Map.entry("summary.level", Field.SUMMARY_LEVEL),
            Map.entry("summary.target", Field.SUMMARY_LEVEL),
            Map.entry("summary.weighted", Field.SUMMARY_WEIGHTED),
            Map.entry("detail.achieved", Field.DETAIL_LEVEL),
            Map.entry("detail.target", Field.DETAIL_LEVEL),
            Map.entry("subtotal.weight", Field.WEIGHT),
            Map.entry("subtotal.value", Field.SUBTOTAL),
            Map.entry("rows.thresholds", Field.RUBRIC_THRESHOLDS));

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();

    private final Validator validator = FACTORY.getValidator();

    @Override
    public Set<Code> codes() {
        return Set.of(Code.MISSING_FIELD, Code.INVALID_VALUE);
    }

    @Override
    public void check(FormContext form, Consumer<Finding> out) {
        Submission submission = form.submission();
        List<ConstraintViolation<Submission>> violations = new ArrayList<>(validator.validate(submission));
        // Bean Validation returns a set: order the findings by where they point.
        violations.sort((a, b) -> a.getPropertyPath().toString().compareTo(b.getPropertyPath().toString()));
        for (ConstraintViolation<Submission> v : violations) {
            if (!(v.getInvalidValue() instanceof Sourced<?> value) || value.cell() == null) {
                continue;
            }
            Located where = locate(submission, v.getPropertyPath());
            boolean missing = v.getConstraintDescriptor().getAnnotation() instanceof Required;
            Finding.Builder f = Finding.of(missing ? Code.MISSING_FIELD : Code.INVALID_VALUE)
                    .at(value.cell())
                    .component(where.block == null ? 0 : where.block.component())
                    .indicator(where.indicatorNumber())
                    .field(where.field)
                    .stated(value.raw())
                    .detail(where.level != 0 ? Integer.toString(where.level)
                            : where.target ? FindingIds.TARGET : "");
            if (v.getConstraintDescriptor().getAnnotation() instanceof Within range) {
                f.expected(range.min() + "-" + range.max());
            }
            out.accept(f.build());
        }
    }

    /**
     * Where a violation is: its block, and its indicator or rubric row; {@code level} is the 1-based
     * level of a rubric threshold, else 0; {@code target} is true for a target level.
     */
    private record Located(FormBlock block, Indicator indicator, RubricRow rubricRow, int level, Field field,
            boolean target) {

        /** The indicator's number, or the one a rubric row scores (its own, or the block's only one). */
        String indicatorNumber() {
            if (indicator != null) {
                return indicator.number();
            }
            if (rubricRow != null && !rubricRow.indicatorNumber().isEmpty()) {
                return rubricRow.indicatorNumber();
            }
            return rubricRow != null && block != null && block.indicators().size() == 1
                    ? block.indicators().get(0).number() : "";
        }
    }

    /**
     * Walks a path such as {@code blocks[0].indicators[2].results.weight} back to the records. Bean
     * Validation puts a list index on the node that follows the list, so the index read on a node
     * belongs to the property before it.
     */
    private static Located locate(Submission submission, Path path) {
        FormBlock block = null;
        Indicator indicator = null;
        RubricRow rubricRow = null;
        int level = 0;
        String parent = "";
        String property = "";
        for (Path.Node node : path) {
            if (node.getIndex() != null) {
                if (property.equals("blocks")) {
                    block = submission.blocks().get(node.getIndex());
                } else if (property.equals("indicators") && block != null) {
                    indicator = block.indicators().get(node.getIndex());
                } else if (property.equals("rows") && block != null && block.rubric().isPresent()) {
                    rubricRow = block.rubric().get().rows().get(node.getIndex());
                } else if (property.equals("thresholds")) {
                    level = node.getIndex() + 1;
                }
            }
            String name = node.getName();
            if (name == null || name.startsWith("<")) {
                continue;
            }
            parent = property;
            property = name;
        }
        // A target level shares its field with the achieved level beside it; the detail tells them apart.
        return new Located(block, indicator, rubricRow, level, FIELDS.get(parent + "." + property),
                property.equals("target"));
    }
}
