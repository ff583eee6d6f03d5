package org.kpiconsolidator.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kpiconsolidator.model.Result;
import org.kpiconsolidator.model.Threshold;

/** The scoring rules of SPEC section 3, case by case. */
class ScorerTest {

    private final Scorer scorer = new Scorer(ScoringPolicy.FY2564);

    @ParameterizedTest(name = "{0}: {1} on {2} interpolate={3} -> level {4}, score {5}")
    @CsvSource(delimiter = ';', textBlock = """
            # case            ; value ; thresholds          ; interpolate ; level ; score
            step              ; 85    ; 20 40 60 80 100     ; false       ; 4     ; 90
            step exact        ; 60    ; 20 40 60 80 100     ; false       ; 3     ; 80
            interpolation     ; 92    ; 80 85 90 95 100     ; true        ; 3     ; 84
            interpolation mid ; 77    ; 60 65 70 75 80      ; true        ; 4     ; 94
            on threshold      ; 90    ; 80 85 90 95 100     ; true        ; 3     ; 80
            floor             ; 10    ; 20 40 60 80 100     ; false       ; 0     ; 60
            floor interpolate ; 79.99 ; 80 85 90 95 100     ; true        ; 0     ; 60
            cap               ; 120   ; 20 40 60 80 100     ; true        ; 5     ; 100
            downward step     ; 28    ; 50 40 30 20 10      ; false       ; 3     ; 80
            downward interp   ; 25    ; 50 40 30 20 10      ; true        ; 3     ; 85
            downward floor    ; 60    ; 50 40 30 20 10      ; true        ; 0     ; 60
            downward cap      ; 3     ; 50 40 30 20 10      ; true        ; 5     ; 100
            group B           ; 78    ; 65 70 75 80 85      ; true        ; 3     ; 86
            group C capped    ; 80    ; 55 60 65 70 75      ; true        ; 5     ; 100
            thirds            ; 91    ; 90 93 96 99 102     ; true        ; 1     ; 63.3333333333
            """)
    void measuredValues(String name, String value, String thresholds, boolean interpolate, int level, String score) {
        Optional<Score> s = scorer.score(new Result.Measured(new BigDecimal(value)), line(thresholds, interpolate),
                BigDecimal.TEN);
        assertThat(s).isPresent();
        assertThat(s.get().level()).isEqualTo(level);
        assertThat(s.get().score()).isEqualByComparingTo(score);
        assertThat(s.get().weighted()).isEqualByComparingTo(new BigDecimal(score).divide(BigDecimal.TEN));
    }

    @ParameterizedTest(name = "level {0} weight {1} -> {2} / {3}")
    @CsvSource({"4, 15, 90, 13.5", "5, 15, 100, 15", "1, 10, 60, 6", "0, 10, 60, 6", "3, 12.5, 80, 10"})
    void statedLevels(int level, String weight, String score, String weighted) {
        Score s = scorer.score(new Result.Level(level), null, new BigDecimal(weight)).orElseThrow();
        assertThat(s.level()).isEqualTo(level);
        assertThat(s.score()).isEqualByComparingTo(score);
        assertThat(s.weighted()).isEqualByComparingTo(weighted);
    }

    @Test
    void levelOutsideZeroToFiveCannotBeScored() {
        assertThat(scorer.score(new Result.Level(7), null, BigDecimal.TEN)).isEmpty();
    }

    @Test
    void measuredValueWithoutNumericRubricCannotBeScored() {
        List<Threshold> milestones = new ArrayList<>();
        for (int k = 1; k <= 5; k++) {
            milestones.add(new Threshold(null, "ดำเนินการขั้นตอนที่ " + k, false));
        }
        assertThat(scorer.score(new Result.Measured(BigDecimal.ONE), new RubricLine(milestones, false), null)).isEmpty();
        assertThat(scorer.score(new Result.Measured(BigDecimal.ONE), null, null)).isEmpty();
    }

    @Test
    void atMostMarkerOnLevelOneCoversValuesBelowIt() {
        List<Threshold> t = new ArrayList<>(line("60 70 80 90 100", true).thresholds());
        t.set(0, new Threshold(new BigDecimal(60), "≤ 60", true));
        Score s = scorer.score(new Result.Measured(new BigDecimal(40)), new RubricLine(t, true), null).orElseThrow();
        assertThat(s.level()).isEqualTo(1);
        assertThat(s.score()).isEqualByComparingTo("60");
        assertThat(s.weighted()).isNull();
    }

    @Test
    void comparisonRoundsBothSidesHalfUpToTwoDecimals() {
        ScoringPolicy p = ScoringPolicy.FY2564;
        assertThat(p.same(new BigDecimal("63.33"), new BigDecimal("63.3333333333"))).isTrue();
        assertThat(p.same(new BigDecimal("84.005"), new BigDecimal("84.01"))).isTrue();
        assertThat(p.same(new BigDecimal("84.004"), new BigDecimal("84.01"))).isFalse();
        assertThat(p.same(new BigDecimal("12"), new BigDecimal("13.5"))).isFalse();
    }

    private static RubricLine line(String thresholds, boolean interpolate) {
        List<Threshold> t = new ArrayList<>();
        for (String v : thresholds.trim().split("\\s+")) {
            t.add(new Threshold(new BigDecimal(v), v, false));
        }
        return new RubricLine(t, interpolate);
    }
}
