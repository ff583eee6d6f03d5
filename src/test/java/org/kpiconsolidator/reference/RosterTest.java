package org.kpiconsolidator.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kpiconsolidator.model.UnitGroup;

/** Reading a roster and matching forms' unit names to it (SPEC 2.1, 5.1). */
class RosterTest {

    static final String HEADER = "unit_id,unit_name,aliases,group\n";
    static final String UNITS = HEADER
            + "04000000,สำนักปลัดกรุงเทพมหานคร,สำนักงานปลัดกรุงเทพมหานคร|สป.,A\n"
            + "04010000,สำนักงานการต่างประเทศ,,A\n"
            + "50400000,สำนักงานเขตบางแค,เขตบางแค|สำนักงานบางแค,C\n"
            + "50500000,สำนักงานเขตบางบอน,เขตบางบอน,\n";

    @TempDir
    Path dir;

    Path write(String text) throws IOException {
        Path file = dir.resolve("roster.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiterString = " -> ", textBlock = """
            สำนักงานเขตบางแค -> 50400000
            เขตบางแค -> 50400000
            สำนักงาน  เขต\u00A0บางแค -> 50400000
            สำนักงานเขต\u200Bบางแค -> 50400000
            สป. -> 04000000
            สำนักงานปลัดกรุงเทพมหานคร -> 04000000
            สำนักงานการต่างประเทศ สำนักปลัดกรุงเทพมหานคร -> 04010000
            สำนักงานการต่างประเทศ สำนักงานปลัดกรุงเทพมหานคร -> 04010000
            สำนักปลัดกรุงเทพมหานคร ฝ่ายการเจ้าหน้าที่ -> 04000000
            เขตบางแค กรุงเทพมหานคร -> 50400000
            """)
    void matchesByNameAliasOrTheLongestPrefix(String formName, String id) throws Exception {
        assertThat(Roster.read(write(UNITS)).match(formName)).map(RosterUnit::id).contains(id);
    }

    @ParameterizedTest
    @CsvSource({"ส่วนส่งเสริมความสัมพันธ์ระหว่างเมือง สำนักงานการต่างประเทศ", "สำนักงานเขตบาง", "สำนักการแพทย์", "''"})
    void unknownNamesMatchNothing(String formName) throws Exception {
        assertThat(Roster.read(write(UNITS)).match(formName)).isEmpty();
    }

    @Test
    void readsGroupsAliasesAndABomAndBlankLines() throws Exception {
        Roster roster = Roster.read(write("\uFEFF" + UNITS + "\n\n"));
        assertThat(roster.units()).extracting(RosterUnit::id)
                .containsExactly("04000000", "04010000", "50400000", "50500000");
        assertThat(roster.byId("50400000").orElseThrow().group()).contains(UnitGroup.C);
        assertThat(roster.byId("50400000").orElseThrow().aliases()).containsExactly("เขตบางแค", "สำนักงานบางแค");
        assertThat(roster.byId("50500000").orElseThrow().group()).isEmpty();
        assertThat(roster.byId("50500000").orElseThrow().line()).isEqualTo(5);
    }

    @ParameterizedTest
    @CsvSource({"b, B", "กลุ่ม C, C", "กลุ่มหน่วยงาน D, D", "ข, B", "Ａ, A"})
    void groupsAsOfficesWriteThem(String written, UnitGroup group) throws Exception {
        Roster roster = Roster.read(write(HEADER + "1,สำนักการแพทย์,," + written + "\n"));
        assertThat(roster.byId("1").orElseThrow().group()).contains(group);
    }

    @Test
    void groupAndAliasesColumnsAreOptional() throws Exception {
        Roster roster = Roster.read(write("unit_name,unit_id\nสำนักการแพทย์,07000000\n"));
        assertThat(roster.match("สำนักการแพทย์")).map(RosterUnit::group).contains(Optional.empty());
    }

    /** A malformed roster names the line and column (field) of the first problem. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            # case                     | file text                                                                    | line | column
            unknown column             | `unit_id,name,aliases,group\\n1,ก,,A\\n`                                    | 1    | 2
            missing column             | `unit_id,aliases\\n1,ก\\n`                                                   | 1    | 3
            column twice               | `unit_id,unit_name,unit_id\\n`                                               | 1    | 3
            empty file                 | ``                                                                           | 1    | 1
            empty id                   | `unit_id,unit_name,aliases,group\\n1,ก,,A\\n,ข,,A\\n`                        | 3    | 1
            id twice                   | `unit_id,unit_name,aliases,group\\n1,ก,,A\\n1,ข,,A\\n`                       | 3    | 1
            empty name                 | `unit_id,unit_name,aliases,group\\n1, ,,A\\n`                                | 2    | 2
            group E                    | `unit_id,unit_name,aliases,group\\n1,ก,,A\\n2,ข,,E\\n`                       | 3    | 4
            alias of another unit      | `unit_id,unit_name,aliases,group\\n1,ก,กก,A\\n2,ข,ข1|กก,B\\n`                | 3    | 3
            too many fields            | `unit_id,unit_name,aliases,group\\n1,ก,,A,x\\n`                              | 2    | 5
            too few fields             | `unit_id,unit_name,aliases,group\\n1,ก,,A\\n2,ข\\n`                          | 3    | 3
            quote never closed         | `unit_id,unit_name,aliases,group\\n1,ก,,A\\n2,"ข,,B\\n3,ค,,C\\n`             | 3    | 2
            text after closing quote   | `unit_id,unit_name,aliases,group\\n1,"ก"x,,A\\n`                             | 2    | 2
            after a multi-line value   | `unit_id,unit_name,aliases,group\\n\\n1,"ก\\nก",,A\\n2,ข,,Z\\n`              | 5    | 4
            """)
    void malformedRosterIsAnErrorAtItsLineAndColumn(String name, String text, int line, int column) throws Exception {
        Path file = write(text.replace("\\n", "\n"));
        assertThatThrownBy(() -> Roster.read(file)).isInstanceOfSatisfying(ReferenceFileException.class, e -> {
            assertThat(e.file()).isEqualTo(file);
            assertThat(e.line()).as(e.getMessage()).isEqualTo(line);
            assertThat(e.column()).as(e.getMessage()).isEqualTo(column);
            assertThat(e.getMessage()).startsWith(file + ":" + line + ":" + column + ": ");
        });
    }

    @Test
    void notUtf8IsAnErrorAtTheBadByte() throws Exception {
        Path file = dir.resolve("roster.csv");
        byte[] good = (HEADER + "1,ก,,A\n2,").getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[good.length + 3];
        System.arraycopy(good, 0, bad, 0, good.length);
        bad[good.length] = (byte) 0xA1; // TIS-620 for ก
        bad[good.length + 1] = ',';
        bad[good.length + 2] = '\n';
        Files.write(file, bad);
        assertThatThrownBy(() -> Roster.read(file)).isInstanceOfSatisfying(ReferenceFileException.class, e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.column()).isEqualTo(3);
        });
    }

    @Test
    void missingFileIsAnErrorNamingIt() {
        Path file = dir.resolve("nowhere.csv");
        assertThatThrownBy(() -> Roster.read(file)).isInstanceOfSatisfying(ReferenceFileException.class,
                e -> assertThat(e.getMessage()).startsWith(file + ": "));
    }
}
