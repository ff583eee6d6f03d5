package org.kpiconsolidator.finding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kpiconsolidator.config.FailOn;
import org.kpiconsolidator.config.RuleSelection;
import org.kpiconsolidator.config.RunSettings;
import org.kpiconsolidator.pipeline.BatchRunner;
import org.kpiconsolidator.scoring.ScoringPolicy;
import org.kpiconsolidator.testing.SampleForms;
import org.kpiconsolidator.testing.SampleReference;

/**
 * Messages are templates filled from a finding's fields: every code has one in Thai and English, and
 * every message of a real run with reference data is complete and carries the values it is about.
 * No assertion here reads the prose itself.
 */
class MessagesTest {

    @TempDir
    static Path dir;

    static List<Finding> findings;

    @BeforeAll
    static void runTheSamplesWithReferenceData() throws Exception {
        Path forms = dir.resolve("forms");
        java.nio.file.Files.createDirectories(forms);
        for (SampleForms.Sample sample : SampleForms.all()) {
            sample.render(forms);
        }
        RunSettings settings = new RunSettings(List.of(forms), dir.resolve("out"), null, 2, FailOn.ERROR, Language.TH,
                false, ScoringPolicy.FY2564, SampleReference.load(dir), RuleSelection.ALL);
        findings = new BatchRunner().run(settings, f -> { }).findings();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyCodeHasItsOwnTemplate(Language language) throws Exception {
        Properties templates = load(language);
        assertThat(Arrays.stream(Code.values()).map(Code::name)).allMatch(templates::containsKey);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyTemplateIsAboutAKnownCodeOrField(Language language) throws Exception {
        Set<String> codes = Arrays.stream(Code.values()).map(Code::name).collect(Collectors.toSet());
        Set<String> fields = Arrays.stream(Field.values()).map(Field::key).collect(Collectors.toSet());
        for (String key : load(language).stringPropertyNames()) {
            String head = key.contains(".") ? key.substring(0, key.indexOf('.')) : key;
            if (head.equals("field")) {
                assertThat(fields).as(key).contains(key.substring("field.".length()));
            } else {
                assertThat(codes).as(key).contains(head);
            }
        }
        assertThat(load(Language.TH).stringPropertyNames()).isEqualTo(load(Language.EN).stringPropertyNames());
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyMessageOfARealRunIsFilledFromItsFinding(Language language) {
        assertThat(findings).extracting(Finding::code).contains(Code.RUBRIC_MISMATCH, Code.MISSING_SUBMISSION,
                Code.UNKNOWN_UNIT, Code.GROUP_MISMATCH, Code.DUPLICATE_SUBMISSION, Code.MISSING_EXPLANATION);
        for (Finding f : findings) {
            String message = Messages.of(f, language);
            assertThat(message).as(f.toString()).doesNotContain("{", "}").contains(f.stated(), f.expected());
            if (f.cell() != null && f.code().scope() == Scope.CELL) {
                assertThat(message).as(f.toString()).contains(f.a1());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aUnitsTextThatLooksLikeAPlaceholderIsQuotedAsWritten(Language language) {
        Finding f = Finding.of(Code.SCORE_MISMATCH).at(new org.kpiconsolidator.workbook.CellRef("s", 21, 3))
                .stated("{cell} {expected} {").expected("90").build();
        String message = Messages.of(f, language);
        assertThat(message).contains("{cell} {expected} {", "90", "D22");
        assertThat(message.replace("{cell} {expected} {", "")).doesNotContain("{", "}");
    }

    private static Properties load(Language language) throws Exception {
        Properties p = new Properties();
        String name = "messages_" + language.name().toLowerCase(java.util.Locale.ROOT) + ".properties";
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
