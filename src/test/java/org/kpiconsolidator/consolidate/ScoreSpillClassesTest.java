package org.kpiconsolidator.consolidate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading a spill back admits the classes a score is made of and nothing else. */
class ScoreSpillClassesTest {

    @ParameterizedTest
    @ValueSource(strings = {"org.kpiconsolidator.model.FormBlock", "org.kpiconsolidator.scoring.SubmissionScore",
            "org.kpiconsolidator.workbook.CellRef",
            "java.math.BigDecimal", "java.lang.Integer", "java.util.CollSer", "java.util.EnumMap", "[I",
            "[Ljava.lang.Object;", "[[Lorg.kpiconsolidator.model.Threshold;"})
    void aScoreIsMadeOf(String name) {
        assertThat(ScoreSpill.isScoreClass(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"java.lang.invoke.SerializedLambda", "java.util.concurrent.ConcurrentHashMap",
            "javax.management.BadAttributeValueExpException",
            "org.apache.commons.collections.functors.InvokerTransformer",
            "org.kpiconsolidator.consolidate.FileOutcome", "org.kpiconsolidator.workbook.SheetGrid",
            "[Ljava.rmi.server.UnicastRef;", "[", "[L", "[Ljava.lang.String", ""})
    void anythingElseIsRefused(String name) {
        assertThat(ScoreSpill.isScoreClass(name)).isFalse();
    }
}
