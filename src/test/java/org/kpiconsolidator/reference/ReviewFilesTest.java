package org.kpiconsolidator.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kpiconsolidator.model.IndicatorKey;
import org.kpiconsolidator.model.Result;

/**
 * The files of a review round: waivers, verified results and an earlier run's log. Each is checked
 * once, and a malformed one names its line and column.
 */
class ReviewFilesTest {

    @TempDir
    Path dir;

    private final AtomicInteger files = new AtomicInteger();

    private Path file(String name, String text) throws Exception {
        Path f = dir.resolve(files.incrementAndGet() + "-" + name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void waiversAreReadByFindingId() throws Exception {
        Waivers w = Waivers.read(file("waivers.csv", """
                finding_id,reason,reviewer,date
                36EB9D42CA06,คณะกรรมการรับรองแล้ว,สมชาย,2021-11-30
                7ff93e3e523c,,สมหญิง,2564-12-01
                """));
        assertThat(w.entries()).extracting(Waivers.Entry::findingId, e -> e.waiver().reason(), Waivers.Entry::line)
                .containsExactly(tuple("36eb9d42ca06", "คณะกรรมการรับรองแล้ว", 2), tuple("7ff93e3e523c", "", 3));
        assertThat(w.of("7ff93e3e523c")).map(e -> e.waiver().reviewer()).contains("สมหญิง");
        assertThat(w.where(w.of("7ff93e3e523c").orElseThrow())).endsWith("waivers.csv:3");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            not an id           | finding_id,reason,reviewer,date\\n36eb9d42ca06,ok,a,2021-11-30\\nSCORE_MISMATCH,ok,a,2021-11-30\\n | :3:1:
            waived twice        | finding_id,reason,reviewer,date\\n36eb9d42ca06,ok,a,2021-11-30\\n36eb9d42ca06,ok,b,2021-11-30\\n | :3:1:
            no reviewer         | finding_id,reason,reviewer,date\\n36eb9d42ca06,ok,,2021-11-30\\n | :2:3:
            not a date          | finding_id,reason,reviewer,date\\n36eb9d42ca06,ok,a,30/11/2021\\n | :2:4:
            a missing column    | finding_id,reason,reviewer\\n36eb9d42ca06,ok,a\\n | :1:4:
            a field too many    | finding_id,reason,reviewer,date\\n36eb9d42ca06,ok,a,2021-11-30,x\\n | :2:5:
            """)
    void malformedWaiversNameTheirLineAndColumn(String what, String text, String position) throws Exception {
        Path f = file("waivers.csv", text.replace("\\n", "\n"));
        assertThatThrownBy(() -> Waivers.read(f)).isInstanceOf(ReferenceFileException.class)
                .hasMessageContaining("waivers.csv" + position);
    }

    @Test
    void verifiedResultsAreALevelOrAValuePerIndicatorOfAUnit() throws Exception {
        VerifiedResults v = VerifiedResults.read(file("verified.csv", """
                unit,component,indicator,level,value,reason,reviewer
                สำนักงานเขตบางแค,1,2,ระดับ 3,,หลักฐานไม่ครบ,สมชาย
                เขตบางแค,2,4,,72.5,ค่าที่ตรวจนับใหม่,สมชาย
                24000000,5,5.1,4,,ตรวจแล้ว,สมหญิง
                """));
        assertThat(v.entries()).extracting(VerifiedResults.Entry::key, e -> e.verification().result())
                .containsExactly(tuple(new IndicatorKey(1, "2"), new Result.Level(3)),
                        tuple(new IndicatorKey(2, "4"), new Result.Measured(new BigDecimal("72.5"))),
                        tuple(new IndicatorKey(5, "5.1"), new Result.Level(4)));
        // A district's short name is its office: both rows are the unit's.
        UnitMatch bangKhae = new UnitMatch("สำนักงานเขตบางแค", null, Optional.empty());
        assertThat(v.forUnit(bangKhae)).containsOnlyKeys(new IndicatorKey(1, "2"), new IndicatorKey(2, "4"));
        RosterUnit social = new RosterUnit("24000000", "สำนักพัฒนาสังคม", java.util.List.of(), Optional.empty(), 2);
        assertThat(v.forUnit(new UnitMatch("สำนักพัฒนาสังคม กรุงเทพมหานคร", null, Optional.of(social))))
                .containsOnlyKeys(new IndicatorKey(5, "5.1"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            both a level and a value | unit,component,indicator,level,value,reason,reviewer\\nก,1,1,3,60,r,a\\n | :2:4:
            neither                  | unit,component,indicator,level,value,reason,reviewer\\nก,1,1,,,r,a\\n | :2:4:
            level 7                  | unit,component,indicator,level,value,reason,reviewer\\nก,1,1,7,,r,a\\n | :2:4:
            no reason                | unit,component,indicator,level,value,reason,reviewer\\nก,1,1,3,,,a\\n | :2:6:
            component 6              | unit,component,indicator,level,value,reason,reviewer\\nก,6,1,3,,r,a\\n | :2:2:
            one indicator twice      | unit,component,indicator,level,value,reason,reviewer\\nก,1,1,3,,r,a\\nก,1,1,4,,r,a\\n | :3:3:
            neither column           | unit,component,indicator,reason,reviewer\\nก,1,1,r,a\\n | :1:1:
            """)
    void malformedVerifiedResultsNameTheirLineAndColumn(String what, String text, String position) throws Exception {
        Path f = file("verified.csv", text.replace("\\n", "\n"));
        assertThatThrownBy(() -> VerifiedResults.read(f)).isInstanceOf(ReferenceFileException.class)
                .hasMessageContaining("verified.csv" + position);
    }

    @Test
    void anEarlierRunIsItsLogAndTheFindingsItDidNotCheckAgain() throws Exception {
        Path out = Files.createDirectories(dir.resolve("round-1"));
        Files.writeString(out.resolve("discrepancies.csv"), "\uFEFF"
                + "severity,rule,unit,file,sheet,cell,component,indicator,stated,expected,message,finding_id\r\n"
                + "ERROR,SCORE_MISMATCH,ก,a.xlsx,s,D23,1,1,80,90,\"m, with a comma\",36eb9d42ca06\r\n",
                StandardCharsets.UTF_8);
        Files.writeString(out.resolve("review.csv"), "\uFEFF"
                + "review,severity,rule,unit,file,sheet,cell,component,indicator,stated,expected,message,finding_id,"
                + "waived,waiver_reason,waiver_reviewer,waiver_date\r\n"
                + "open,ERROR,SCORE_MISMATCH,ก,a.xlsx,s,D23,1,1,80,90,m,36eb9d42ca06,false,,,\r\n"
                + "resolved,ERROR,LEVEL_MISMATCH,ข,b.xlsx,s,E35,1,2,4,3,m,111111111111,false,,,\r\n"
                + "unchecked,WARNING,MISSING_VALUE,ค,c.xls,s,D19,2,5,,100,m,222222222222,false,,,\r\n",
                StandardCharsets.UTF_8);
        PreviousRun run = PreviousRun.read(out);
        assertThat(run.findings()).extracting(PreviousRun.Finding::findingId, PreviousRun.Finding::message)
                .containsExactly(tuple("36eb9d42ca06", "m, with a comma"), tuple("222222222222", "m"));
    }

    @Test
    void anEarlierRunMustBeAnOutputFolderWithOurLog() throws Exception {
        assertThatThrownBy(() -> PreviousRun.read(dir.resolve("nowhere"))).isInstanceOf(ReferenceFileException.class)
                .hasMessageContaining("nowhere");
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertThatThrownBy(() -> PreviousRun.read(empty)).hasMessageContaining("discrepancies.csv");
        Path other = Files.createDirectories(dir.resolve("other"));
        Files.writeString(other.resolve("discrepancies.csv"), "file,unit,group\na.xlsx,ก,A\n");
        assertThatThrownBy(() -> PreviousRun.read(other)).hasMessageContaining("discrepancies.csv:1:")
                .hasMessageContaining("severity");
        Path badId = Files.createDirectories(dir.resolve("bad-id"));
        Files.writeString(badId.resolve("discrepancies.csv"),
                "severity,rule,unit,file,sheet,cell,component,indicator,stated,expected,message,finding_id\n"
                        + "ERROR,SCORE_MISMATCH,ก,a.xlsx,s,D23,1,1,80,90,m,36eb9d42ca06\n"
                        + "ERROR,SCORE_MISMATCH,ก,a.xlsx,s,D23,1,1,80,90,m,not-an-id\n");
        assertThatThrownBy(() -> PreviousRun.read(badId)).hasMessageContaining("discrepancies.csv:3:12:");
    }
}
