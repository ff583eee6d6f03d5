package org.kpiconsolidator.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * One block of a form: a component, or one sub-indicator of component 5. Optional parts are
 * {@code null} (or empty lists) and are then not printed at all.
 *
 * @param component component number, 1-5
 * @param componentTitle printed after {@code องค์ประกอบที่ N :}
 * @param indicatorTitle printed after {@code ตัวชี้วัด :}
 * @param subIndicator the whole sub-indicator line, e.g. {@code 5.1 ความสำเร็จของการเบิกจ่ายงบประมาณในภาพรวม}
 * @param unitName this block's {@code หน่วยงาน :} value; {@code null} uses the form's unit name
 * @param groupLine print the {@code กลุ่มหน่วยงาน :} checkbox line (the form's group is ticked)
 * @param componentWeightHeading e.g. {@code การประเมินผลการปฏิบัติราชการองค์ประกอบที่ 1 (ร้อยละ 50)}
 */
public record BlockSpec(int component, String componentTitle, String indicatorTitle, String subIndicator,
        String unitName, boolean groupLine, ContactSpec contact, RubricSpec rubric, ResultsSpec results,
        List<NarrativeSpec> narratives, String componentWeightHeading, SummarySpec summary,
        List<DetailSpec> details, BlockStyle style) {

    public BlockSpec {
        narratives = List.copyOf(narratives);
        details = List.copyOf(details);
        style = style == null ? BlockStyle.STANDARD : style;
    }

    public static Builder builder(int component, String componentTitle, String indicatorTitle) {
        return new Builder(component, componentTitle, indicatorTitle);
    }

    public Builder toBuilder() {
        Builder builder = new Builder(component, componentTitle, indicatorTitle);
        builder.subIndicator = subIndicator;
        builder.unitName = unitName;
        builder.groupLine = groupLine;
        builder.contact = contact;
        builder.rubric = rubric;
        builder.results = results;
        builder.narratives.addAll(narratives);
        builder.componentWeightHeading = componentWeightHeading;
        builder.summary = summary;
        builder.details.addAll(details);
        builder.style = style;
        return builder;
    }

    public BlockSpec withResults(UnaryOperator<ResultsSpec> change) {
        return toBuilder().results(change.apply(results)).build();
    }

    public BlockSpec withSummary(UnaryOperator<SummarySpec> change) {
        return toBuilder().summary(change.apply(summary)).build();
    }

    public BlockSpec withDetail(int index, UnaryOperator<DetailSpec> change) {
        List<DetailSpec> changed = new ArrayList<>(details);
        changed.set(index, change.apply(details.get(index)));
        return toBuilder().details(changed).build();
    }

    /** Collects a block step by step; only the three constructor arguments are required. */
    public static final class Builder {
        private final int component;
        private final String componentTitle;
        private final String indicatorTitle;
        private String subIndicator;
        private String unitName;
        private boolean groupLine;
        private ContactSpec contact;
        private RubricSpec rubric;
        private ResultsSpec results;
        private final List<NarrativeSpec> narratives = new ArrayList<>();
        private String componentWeightHeading;
        private SummarySpec summary;
        private final List<DetailSpec> details = new ArrayList<>();
        private BlockStyle style = BlockStyle.STANDARD;

        private Builder(int component, String componentTitle, String indicatorTitle) {
            this.component = component;
            this.componentTitle = Objects.requireNonNull(componentTitle, "componentTitle");
            this.indicatorTitle = Objects.requireNonNull(indicatorTitle, "indicatorTitle");
        }

        public Builder subIndicator(String line) {
            this.subIndicator = line;
            return this;
        }

        public Builder unitName(String name) {
            this.unitName = name;
            return this;
        }

        public Builder groupLine(boolean print) {
            this.groupLine = print;
            return this;
        }

        public Builder contact(String person, String position, String phone) {
            return contact(new ContactSpec(person, position, phone));
        }

        public Builder contact(ContactSpec value) {
            this.contact = value;
            return this;
        }

        public Builder rubric(RubricSpec value) {
            this.rubric = value;
            return this;
        }

        public Builder results(ResultsSpec value) {
            this.results = value;
            return this;
        }

        /** Adds a narrative printed as label row, then text row. */
        public Builder narrative(String label, String text) {
            narratives.add(NarrativeSpec.below(label, text));
            return this;
        }

        /** Adds a narrative printed as {@code label text} in one cell. */
        public Builder narrativeInline(String label, String text) {
            narratives.add(NarrativeSpec.inline(label, text));
            return this;
        }

        public Builder narratives(List<NarrativeSpec> values) {
            narratives.clear();
            narratives.addAll(values);
            return this;
        }

        /** Prints {@code การประเมินผลการปฏิบัติราชการองค์ประกอบที่ N (ร้อยละ weight)}. */
        public Builder componentWeight(Object weight) {
            return componentWeightHeading(FormLabels.componentWeightHeading(component, weight));
        }

        public Builder componentWeightHeading(String heading) {
            this.componentWeightHeading = heading;
            return this;
        }

        public Builder summary(SummarySpec value) {
            this.summary = value;
            return this;
        }

        public Builder detail(DetailSpec value) {
            details.add(value);
            return this;
        }

        public Builder details(List<DetailSpec> values) {
            details.clear();
            details.addAll(values);
            return this;
        }

        public Builder style(BlockStyle value) {
            this.style = value;
            return this;
        }

        public BlockSpec build() {
            return new BlockSpec(component, componentTitle, indicatorTitle, subIndicator, unitName, groupLine,
                    contact, rubric, results, narratives, componentWeightHeading, summary, details, style);
        }
    }
}
