package org.kpiconsolidator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.kpiconsolidator.consolidate.BatchRule;
import org.kpiconsolidator.consolidate.BatchRules;
import org.kpiconsolidator.finding.Code;
import org.kpiconsolidator.review.Waiving;
import org.kpiconsolidator.rules.FormRule;
import org.kpiconsolidator.rules.Rules;

/** The rule catalogue: every code has a rule or a reading stage behind it, and {@code rules} lists them all. */
class RulesCatalogueTest {

    /** Codes the reading stages emit (the file could not be read, or how a value was read). */
    static final Set<Code> READING = EnumSet.of(Code.FILE_UNREADABLE, Code.FILE_DEFAULT_PASSWORD, Code.FILE_ENCRYPTED, Code.FILE_SKIPPED,
            Code.FORM_NOT_RECOGNIZED, Code.HIDDEN_SHEET_SKIPPED, Code.VALUE_NORMALIZED, Code.STALE_FORMULA,
            Code.FORMULA_OVERWRITTEN, Code.UNIT_NAME_INCONSISTENT);

    @Test
    void everyCodeIsDeclaredByARegisteredRuleOrTheReader() {
        Set<Code> declared = EnumSet.copyOf(READING);
        for (FormRule rule : Rules.all()) {
            declared.addAll(rule.codes());
        }
        for (BatchRule rule : BatchRules.all()) {
            declared.addAll(rule.codes());
        }
        declared.addAll(Waiving.CODES);
        assertThat(declared).containsExactlyInAnyOrder(Code.values());
    }

    @Test
    void eachRuleClassIsRegisteredOnce() {
        List<Class<?>> classes = Rules.all().stream().<Class<?>>map(Object::getClass).toList();
        assertThat(classes).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @ValueSource(strings = {"th", "en"})
    void rulesListsEveryCodeOnceWithItsDefaultSeverity(String lang) {
        StringWriter out = new StringWriter();
        int exit = KpiCommand.commandLine(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true))
                .execute("rules", "--lang", lang);
        assertThat(exit).isEqualTo(ExitCodes.OK);
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(Code.values().length);
        for (Code code : Code.values()) {
            assertThat(lines).filteredOn(l -> l.startsWith(code.name() + " ")).singleElement()
                    .satisfies(l -> assertThat(l.split("\\s+")[1]).isEqualTo(code.defaultSeverity().name()));
        }
    }
}
