package org.kpiconsolidator.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kpiconsolidator.model.IndicatorKey;
import org.kpiconsolidator.model.UnitGroup;
import org.kpiconsolidator.scoring.AgreedScoring;

/** Reading agreements.csv and resolving what one unit agreed (SPEC 5.1). */
class AgreementsTest {

    static final String HEADER = "unit_id,component,indicator,name,weight,target_level,t1,t2,t3,t4,t5,interpolate,group\n";
    static final String ROWS = HEADER
            + "*,4,4,นวัตกรรม,10,5,60,70,80,90,100,true,\n"
            + "*,5,5.1,การเบิกจ่าย,10,,80,85,90,95,100,true,A\n"
            + "*,5,5.1,การเบิกจ่าย,10,,65,70,75,80,85,true,B\n"
            + "*,5,5.2,ฐานข้อมูล,10,5,60,70,80,90,100,,\n"
            + "07000000,1,1.,ผู้ป่วย,20,ระดับ 5,60,65,70,75,80,TRUE,\n"
            + "07000000,4,4,นวัตกรรมของสำนัก,5,5,ขั้นตอนที่ 1,ขั้นตอนที่ 2,ขั้นตอนที่ 3,ขั้นตอนที่ 4,ขั้นตอนที่ 5,false,\n"
            + "07000000,5,5.1,การเบิกจ่าย,10,,50,60,70,80,90,true,\n"
            + "22000000,1,1,ร้องเรียน,15,5,50,40,30,20,10,false,\n";

    @TempDir
    Path dir;

    Path write(String text) throws IOException {
        Path file = dir.resolve("agreements.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    Agreements read(String text) throws Exception {
        return Agreements.read(write(text));
    }

    @Test
    void aUnitsOwnRowReplacesTheCommonOneAndGroupRowsFollowTheUnitsGroup() throws Exception {
        Agreements agreements = read(ROWS);
        UnitAgreement medical = agreements.forUnit(Optional.of("07000000"), Optional.of(UnitGroup.B));
        assertThat(medical.indicators()).extracting(a -> a.key().toString(), AgreedIndicator::unitId, AgreedIndicator::weight)
                .containsExactly(tuple("4/4", "07000000", new BigDecimal("5")), tuple("5/5.1", "07000000", BigDecimal.TEN),
                        tuple("5/5.2", "*", BigDecimal.TEN), tuple("1/1", "07000000", new BigDecimal("20")));
        assertThat(medical.find(new IndicatorKey(4, "4")).orElseThrow().rubricLine(false).isNumeric()).isFalse();
        assertThat(medical.identified()).isTrue();

        UnitAgreement environment = agreements.forUnit(Optional.of("22000000"), Optional.of(UnitGroup.B));
        assertThat(environment.find(new IndicatorKey(5, "5.1")).orElseThrow().thresholds().get(0).value())
                .isEqualByComparingTo("65");
        assertThat(environment.find(new IndicatorKey(1, "1")).orElseThrow().rubricLine(false).isDownward()).isTrue();
    }

    @Test
    void aGroupWithoutItsRowKeepsTheWeightButNotTheThresholds() throws Exception {
        UnitAgreement groupC = read(ROWS).forUnit(Optional.of("22000000"), Optional.of(UnitGroup.C));
        IndicatorKey budget = new IndicatorKey(5, "5.1");
        assertThat(groupC.hasLine(budget)).isFalse();
        assertThat(groupC.scoring().get(budget))
                .isEqualTo(new AgreedScoring(Optional.empty(), Optional.of(true), BigDecimal.TEN));
        UnitAgreement noGroup = read(ROWS).forUnit(Optional.of("22000000"), Optional.empty());
        assertThat(noGroup.hasLine(budget)).isFalse();
    }

    @Test
    void aUnitTheRosterDoesNotKnowGetsTheCommonRowsOnly() throws Exception {
        UnitAgreement unknown = read(ROWS).forUnit(Optional.empty(), Optional.of(UnitGroup.A));
        assertThat(unknown.identified()).isFalse();
        assertThat(unknown.indicators()).extracting(AgreedIndicator::unitId).containsOnly("*");
    }

    @Test
    void interpolationLeftEmptyIsLeftToTheFormAndTargetsRead() throws Exception {
        Agreements agreements = read(ROWS);
        assertThat(agreements.rows()).filteredOn(r -> r.key().indicator().equals("5.2"))
                .extracting(AgreedIndicator::interpolate).containsExactly(Optional.empty());
        assertThat(agreements.rows()).filteredOn(r -> r.unitId().equals("07000000") && r.key().component() == 1)
                .extracting(AgreedIndicator::targetLevel, AgreedIndicator::interpolate)
                .containsExactly(tuple(Optional.of(5), Optional.of(true)));
    }

    /** A malformed agreements file names the line and column (field) of the first problem. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            # case                      | row (line 2)                                              | column
            empty unit id               | `,1,1,ก,10,5,20,40,60,80,100,false,`                      | 1
            component 6                 | `*,6,1,ก,10,5,20,40,60,80,100,false,`                     | 2
            component text              | `*,หนึ่ง,1,ก,10,5,20,40,60,80,100,false,`                  | 2
            indicator text              | `*,1,ข้อ 1,ก,10,5,20,40,60,80,100,false,`                 | 3
            weight 150                  | `*,1,1,ก,150,5,20,40,60,80,100,false,`                    | 5
            weight missing              | `*,1,1,ก,,5,20,40,60,80,100,false,`                       | 5
            target 7                    | `*,1,1,ก,10,7,20,40,60,80,100,false,`                     | 6
            threshold missing           | `*,1,1,ก,10,5,20,40,,80,100,false,`                       | 9
            threshold text among numbers| `*,1,1,ก,10,5,20,40,หกสิบ,80,100,false,`                  | 9
            thresholds not monotonic    | `*,1,1,ก,10,5,20,40,40,80,100,false,`                     | 9
            thresholds turn back        | `*,1,1,ก,10,5,20,40,60,50,100,false,`                     | 10
            interpolate yes             | `*,1,1,ก,10,5,20,40,60,80,100,yes,`                       | 12
            group E                     | `*,5,5.1,ก,10,,80,85,90,95,100,true,E`                    | 13
            """)
    void malformedRowIsAnErrorAtItsLineAndColumn(String name, String row, int column) throws Exception {
        Path file = write(HEADER + row + "\n");
        assertThatThrownBy(() -> Agreements.read(file))
                .isInstanceOfSatisfying(ReferenceFileException.class, e -> {
                    assertThat(e.line()).as(e.getMessage()).isEqualTo(2);
                    assertThat(e.column()).as(e.getMessage()).isEqualTo(column);
                    assertThat(e.getMessage()).startsWith(file + ":2:" + column + ": ");
                });
    }

    @Test
    void sameIndicatorTwiceIsAnErrorOnTheSecondLine() throws Exception {
        Path file = write(HEADER + "*,1,1,ก,10,5,20,40,60,80,100,false,\n*,2,4,ข,10,5,20,40,60,80,100,false,\n"
                + "*,1,1.,ก,10,5,20,40,60,80,100,false,\n");
        assertThatThrownBy(() -> Agreements.read(file))
                .isInstanceOfSatisfying(ReferenceFileException.class, e -> assertThat(List.of(e.line(), e.column()))
                        .containsExactly(4, 3));
    }

    @Test
    void missingThresholdColumnIsAnErrorInTheHeader() throws Exception {
        Path file = write("unit_id,component,indicator,weight,t1,t2,t3,t4\n");
        assertThatThrownBy(() -> Agreements.read(file))
                .isInstanceOfSatisfying(ReferenceFileException.class, e -> assertThat(List.of(e.line(), e.column()))
                        .containsExactly(1, 9));
    }

    @Test
    void rowsOfUnitsTheRunCannotMatchAreNotedWithTheirPosition() throws Exception {
        Path roster = dir.resolve("roster.csv");
        Files.writeString(roster, "unit_id,unit_name,aliases,group\n07000000,สำนักการแพทย์,,A\n", StandardCharsets.UTF_8);
        Path file = write(ROWS);
        Agreements agreements = Agreements.read(file);
        assertThat(agreements.unmatchedUnits(Optional.of(Roster.read(roster))))
                .singleElement().asString().startsWith(file + ":9:1: ");
        assertThat(agreements.unmatchedUnits(Optional.empty())).hasSize(2)
                .first().asString().startsWith(file + ":6:1: ");
        assertThat(read(HEADER + "*,4,4,นวัตกรรม,10,5,60,70,80,90,100,true,\n").unmatchedUnits(Optional.empty()))
                .isEmpty();
        // Their rows are simply not anyone's: a unit without an id gets the common rows only.
        assertThat(agreements.forUnit(Optional.of("99999999"), Optional.empty()).indicators())
                .extracting(AgreedIndicator::unitId).containsOnly("*");
    }
}
