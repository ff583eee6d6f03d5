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
import org.kpiconsolidator.model.FormBlock;
import org.kpiconsolidator.model.Indicator;
import org.kpiconsolidator.model.Sourced;
import org.kpiconsolidator.model.Submission;
import org.kpiconsolidator.model.constraint.Required;
import org.kpiconsolidator.model.constraint.Within;

/**
 * MISSING_FIELD and INVALID_VALUE from the Bean Validation constraints on the model records: a
 * {@link Required} violation is MISSING_FIELD, any other is INVALID_VALUE, each at the cell of the
 * violating value. The ranges live on the records (weight 0-100, level 0-5), not here.
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
            Map.entry("subtotal.weight", Field.SUBTOTAL),
            Map.entry("subtotal.value", Field.SUBTOTAL));

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
                    .indicator(where.indicator == null ? "" : where.indicator.number())
                    .field(where.field)
                    .stated(value.raw());
            if (v.getConstraintDescriptor().getAnnotation() instanceof Within range) {
                f.expected(range.min() + "-" + range.max());
            }
            out.accept(f.build());
        }
    }

    private record Located(FormBlock block, Indicator indicator, Field field) {
    }

    /**
     * Walks a path such as {@code blocks[0].indicators[2].results.weight} back to the records. Bean
     * Validation puts a list index on the node that follows the list, so the index read on a node
     * belongs to the property before it.
     */
    private static Located locate(Submission submission, Path path) {
        FormBlock block = null;
        Indicator indicator = null;
        String parent = "";
        String property = "";
        for (Path.Node node : path) {
            if (node.getIndex() != null) {
                if (property.equals("blocks")) {
                    block = submission.blocks().get(node.getIndex());
                } else if (property.equals("indicators") && block != null) {
                    indicator = block.indicators().get(node.getIndex());
                }
            }
            String name = node.getName();
            if (name == null || name.startsWith("<")) {
                continue;
            }
            parent = property;
            property = name;
        }
        return new Located(block, indicator, FIELDS.get(parent + "." + property));
    }
}
