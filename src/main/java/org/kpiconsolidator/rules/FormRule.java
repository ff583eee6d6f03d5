package org.kpiconsolidator.rules;

import java.util.Set;
import java.util.function.Consumer;
import org.kpiconsolidator.finding.Code;
import org.kpiconsolidator.finding.Finding;

/**
 * One check of one submission. A rule is pure: it reads the context, adds findings, and never
 * throws on bad data (a value it cannot judge is simply not judged). Its default severity and
 * summary are those of the codes it declares.
 */
public interface FormRule {

    /** The codes this rule can emit. */
    Set<Code> codes();

    /** Adds this rule's findings about one form. */
    void check(FormContext form, Consumer<Finding> out);
}
