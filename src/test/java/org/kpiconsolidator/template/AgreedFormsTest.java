package org.kpiconsolidator.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kpiconsolidator.model.UnitGroup;
import org.kpiconsolidator.reference.Agreements;
import org.kpiconsolidator.reference.ReferenceFileException;
import org.kpiconsolidator.reference.Roster;
import org.kpiconsolidator.template.TemplateBlock.Shape;
import org.kpiconsolidator.template.TemplateIndicator.ResultKind;

/**
 * Planning each unit's form from agreement files: how the rows resolve into blocks, and the
 * agreements no form can hold, each refused at the line to fix.
 */
class AgreedFormsTest {

    static final String AGREEMENTS_HEADER = "unit_id,component,indicator,name,weight,target_level,t1,t2,t3,t4,t5,"
            + "interpolate,group\n";
    /** U1 in group A (line 2), U2 without a group (line 3). */
    static final String ROSTER = "unit_id,unit_name,aliases,group\nU1,หน่วยงานหนึ่ง,,A\nU2,หน่วยงานสอง,,\n";

    @TempDir
    Path dir;

    AgreedForms.Plan plan(String roster, String agreementRows) throws IOException, ReferenceFileException,
            AgreementConflictException {
        Path rosterFile = Files.writeString(dir.resolve("roster.csv"), roster, StandardCharsets.UTF_8);
        Path agreementsFile = Files.writeString(dir.resolve("agreements.csv"), AGREEMENTS_HEADER + agreementRows,
                StandardCharsets.UTF_8);
        return AgreedForms.plan(Roster.read(rosterFile), rosterFile, Agreements.read(agreementsFile), agreementsFile,
                2564);
    }

    AgreedForms.Plan plan(String agreementRows) throws Exception {
        return plan(ROSTER, agreementRows);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            # case                                                | roster rows                      | agreement rows (\\n between) | line
            one table, own rows interpolate true and false        | U1,ก,,A                          | `U1,1,1,ก,50,5,1,2,3,4,5,true,\\nU1,1,2,ข,50,5,1,2,3,4,5,false,` | 3
            one table, a common row and an own row disagree       | U1,ก,,A                          | `*,2,4,ก,50,5,1,2,3,4,5,false,\\nU1,2,5,ข,50,5,1,2,3,4,5,true,` | 3
            group rows of one group rubric disagree               | U1,ก,,A                          | `*,5,5.1,ก,100,,1,2,3,4,5,true,A\\n*,5,5.1,ก,100,,1,2,3,4,5,false,B` | 3
            a table of components 1-3 by group, unit has no group | U1,ก,,                           | `*,1,1,ก,100,5,1,2,3,4,5,false,A` | 2
            a group rubric without the unit's group               | U1,ก,,C                          | `*,5,5.1,ก,100,,1,2,3,4,5,true,A\\n*,5,5.1,ก,100,,2,3,4,5,6,true,B` | 2
            a group rubric of milestones                          | U1,ก,,A                          | `*,5,5.1,ก,100,,ขั้น 1,ขั้น 2,ขั้น 3,ขั้น 4,ขั้น 5,true,A` | 2
            group weights differ, unit has no group               | U1,ก,,                           | `*,5,5.1,ก,10,,1,2,3,4,5,true,A\\n*,5,5.1,ก,20,,2,3,4,5,6,true,B` | 3
            target level 0 in a table                             | U1,ก,,A                          | `U1,1,1,ก,100,0,1,2,3,4,5,false,` | 2
            component 5 indicator numbered 7                      | U1,ก,,A                          | `U1,5,7,ก,100,,1,2,3,4,5,true,` | 2
            component 4 indicator numbered 5.1                    | U1,ก,,A                          | `U1,4,5.1,ก,100,,1,2,3,4,5,true,` | 2
            """)
    void agreementsNoFormCanHoldAreRefusedAtTheirLine(String name, String rosterRow, String rows, int line)
            throws IOException, ReferenceFileException {
        AgreementConflictException e = catchThrowableOfType(AgreementConflictException.class,
                () -> plan("unit_id,unit_name,aliases,group\n" + rosterRow + "\n", rows.replace("\\n", "\n") + "\n"));

        assertThat(e).as(name).isNotNull();
        assertThat(e.file()).isEqualTo(dir.resolve("agreements.csv"));
        assertThat(e.line()).as(e.getMessage()).isEqualTo(line);
        assertThat(e.getMessage()).startsWith(dir.resolve("agreements.csv") + ":" + line + ": ");
    }

    @Test
    void aUnitsOwnRowReplacesTheCommonOneAndTablesListIndicatorsInNumberOrder() throws Exception {
        AgreedForms.Plan plan = plan("""
                *,4,4,นวัตกรรม,10,5,60,70,80,90,100,true,
                U1,4,4,นวัตกรรมของหน่วยงานหนึ่ง,20,4,50,60,70,80,90,true,
                U1,1,10,ตัวที่สิบ,30,5,1,2,3,4,5,,
                U1,1,2,ตัวที่สอง,50,5,1,2,3,4,5,,
                U2,1,1,ตัวที่หนึ่ง,90,5,1,2,3,4,5,,
                """);

        TemplateContent u1 = plan.forms().get(0);
        assertThat(u1.fileName()).isEqualTo("U1-หน่วยงานหนึ่ง-2564.xlsx");
        assertThat(u1.blocks()).extracting(TemplateBlock::sheetName).containsExactly("องค์ประกอบที่ 1", "องค์ประกอบที่ 4");
        assertThat(u1.blocks().get(0).indicators()).extracting(TemplateIndicator::number).containsExactly("2", "10");
        TemplateIndicator innovation = u1.blocks().get(1).indicators().get(0);
        assertThat(List.of(innovation.name(), innovation.weight(), innovation.thresholds().get(0)))
                .containsExactly("นวัตกรรมของหน่วยงานหนึ่ง", BigDecimal.valueOf(20), "50");
        TemplateContent u2 = plan.forms().get(1);
        assertThat(u2.blocks().get(1).indicators().get(0).weight()).isEqualByComparingTo("10");
        assertThat(plan.notes()).isEmpty();
    }

    @Test
    void anEmptyInterpolateFollowsItsTableOrElseTheStandardForm() throws Exception {
        AgreedForms.Plan plan = plan("""
                U1,1,1,ก,20,5,1,2,3,4,5,,
                U1,1,2,ข,20,5,1,2,3,4,5,true,
                U1,2,3,ค,20,5,1,2,3,4,5,,
                U1,4,4,ง,20,5,1,2,3,4,5,,
                U1,5,5.1,จ,20,5,1,2,3,4,5,false,
                U2,1,1,ก,100,5,1,2,3,4,5,,
                """);

        assertThat(plan.forms().get(0).blocks()).extracting(TemplateBlock::sheetName, TemplateBlock::interpolate)
                .containsExactly(tuple("องค์ประกอบที่ 1", true),
                        tuple("องค์ประกอบที่ 2", false),
                        tuple("องค์ประกอบที่ 4", true),
                        tuple("ตัวชี้วัด 5.1", false));
    }

    @Test
    void aBoundedThresholdMakesTheIndicatorLevelBasedAndIsNotedOnce() throws Exception {
        AgreedForms.Plan plan = plan("""
                *,4,4,นวัตกรรม,10,5,≤ 60,70,80,90,100,true,
                U1,1,1,ก,90,5,20,40,60,80,100,false,
                U2,1,1,ก,90,5,20,40,60,80,100,false,
                """);

        for (TemplateContent form : plan.forms()) {
            TemplateIndicator innovation = form.blocks().get(1).indicators().get(0);
            assertThat(innovation.kind()).isEqualTo(ResultKind.LEVEL);
            assertThat(innovation.thresholds()).containsExactly("≤ 60", "70", "80", "90", "100");
            assertThat(form.blocks().get(0).indicators().get(0).kind()).isEqualTo(ResultKind.VALUE);
        }
        assertThat(plan.notes()).singleElement().asString().startsWith(dir.resolve("agreements.csv") + ":2: ");
    }

    @Test
    void groupRowsMakeARubricByGroupWhoseGroupIsTheRostersOrTheUnitsToPick() throws Exception {
        AgreedForms.Plan plan = plan("""
                *,5,5.1,เบิกจ่าย,10,,80,85,90,95,100,true,A
                *,5,5.1,เบิกจ่าย,10,,65,70,75,80,85,true,B
                *,5,5.1,เบิกจ่าย,10,,50,60,70,80,90,true,
                U1,1,1,ก,90,5,1,2,3,4,5,,
                U2,1,1,ก,90,5,1,2,3,4,5,,
                """);

        TemplateContent u1 = plan.forms().get(0);
        TemplateBlock disbursement = u1.blocks().get(1);
        assertThat(u1.group()).isEqualTo(UnitGroup.A);
        assertThat(disbursement.shape()).isEqualTo(Shape.SINGLE);
        assertThat(disbursement.subIndicator()).isEqualTo("5.1 เบิกจ่าย");
        // Groups C and D have no row of their own: the row without a group serves them, as in scoring.
        Map<UnitGroup, List<BigDecimal>> rows = disbursement.groupThresholds();
        assertThat(rows.keySet()).containsExactly(UnitGroup.A, UnitGroup.B, UnitGroup.C, UnitGroup.D);
        assertThat(rows.get(UnitGroup.B).get(0)).isEqualByComparingTo("65");
        assertThat(rows.get(UnitGroup.D).get(0)).isEqualByComparingTo("50");
        assertThat(plan.forms().get(1).group()).isNull();
        assertThat(plan.notes()).singleElement().asString().startsWith(dir.resolve("roster.csv") + ":3: unit U2 ");
    }

    @Test
    void weightsThatDoNotAddUpToOneHundredAreNotedAtTheUnitsRosterLine() throws Exception {
        AgreedForms.Plan plan = plan("""
                U1,1,1,ก,90,5,1,2,3,4,5,,
                U2,1,1,ก,100,5,1,2,3,4,5,,
                """);

        assertThat(plan.forms()).hasSize(2);
        assertThat(plan.notes()).singleElement().asString().startsWith(dir.resolve("roster.csv") + ":2: ")
                .contains(" 90,");
    }
}
