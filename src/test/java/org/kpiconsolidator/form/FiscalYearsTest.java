package org.kpiconsolidator.form;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kpiconsolidator.text.ThaiText;

/** The fiscal year of a title line, in the Buddhist Era, however it is written. */
class FiscalYearsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ผลการปฏิบัติราชการตามคำรับรองการปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2564 | 2564
            ผลการปฏิบัติราชการตามคำรับรองการปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๕ | 2565
            ผลการปฏิบัติราชการ ประจำปีงบประมาณ 2564                              | 2564
            ผลการปฏิบัติราชการ ประจำปีงบประมาณ ค.ศ. 2021                         | 2564
            ผลการปฏิบัติราชการ ประจำปีงบประมาณพ.ศ.2563                            | 2563
            """)
    void readsTheYear(String title, int year) {
        assertThat(FiscalYears.parse(ThaiText.normalize(title))).isEqualTo(year);
    }

    @ParameterizedTest(name = "no year in {0}")
    @CsvSource(delimiter = '|', textBlock = """
            ผลการปฏิบัติราชการตามคำรับรองการปฏิบัติราชการ
            ประจำปีงบประมาณ จำนวน 12345 บาท
            """)
    void findsNoYearWhereThereIsNone(String title) {
        assertThat(FiscalYears.parse(ThaiText.normalize(title))).isNull();
    }
}
