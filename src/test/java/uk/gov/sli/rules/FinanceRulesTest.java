package uk.gov.sli.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.gov.sli.rules.FinanceRules.Thresholds;

class FinanceRulesTest {

    private static Rag rag(String budgetYear, String forecast) {
        return FinanceRules.rag(budgetYear == null ? null : new BigDecimal(budgetYear),
                forecast == null ? null : new BigDecimal(forecast), Thresholds.DEFAULT);
    }

    @ParameterizedTest(name = "expenditure budget {0}, outturn {1} -> {2}")
    @CsvSource({
            "1000, 1050, GREEN",      // exactly 5% over
            "1000, 1050.01, AMBER",   // just over 5%
            "1000, 1100, AMBER",      // exactly 10% over
            "1000, 1100.01, RED",     // just over 10%
            "2343, 2658, RED",        // Annex C Property Costs, 13.4% over
            "1000, 1000, GREEN",
    })
    void anOverspendIsJudgedByTheRagKey(String budget, String outturn, Rag expected) {
        assertEquals(expected, rag(budget, outturn));
    }

    @ParameterizedTest(name = "income budget {0}, outturn {1} -> {2}")
    @CsvSource({
            "-1000, -950, GREEN",     // 5% shortfall
            "-1000, -949, AMBER",     // just over 5% shortfall
            "-1000, -900, AMBER",     // 10% shortfall
            "-1000, -899, RED",       // just over 10% shortfall
    })
    void anIncomeShortfallIsAdverse(String budget, String outturn, Rag expected) {
        assertEquals(expected, rag(budget, outturn));
    }

    @Test
    void favourableVariancesAreGreenHoweverLarge() {
        assertEquals(Rag.GREEN, rag("15203", "14779"));   // underspend
        assertEquals(Rag.GREEN, rag("-130", "-234"));     // extra income, 80% over budget
        assertEquals(Rag.GREEN, rag("-10182", "-12439"));
    }

    @Test
    void aZeroBudgetWithAnAdverseForecastIsRedAndWithoutOneGreen() {
        assertEquals(Rag.RED, rag("0", "600"));           // Annex C Extra Employee Costs
        assertEquals(Rag.GREEN, rag("0", "0"));
        assertEquals(Rag.GREEN, rag("0", "-10"));
        assertNull(FinanceRules.variancePercent(new BigDecimal("600"), BigDecimal.ZERO));
    }

    @Test
    void noForecastMeansNotReported() {
        assertEquals(Rag.NOT_REPORTED, rag("-1500", null));
    }

    @Test
    void variancesAreActualLessBudgetAndPercentIsOfTheAbsoluteBudget() {
        FinanceRules.LineAssessment a = FinanceRules.assess(new BigDecimal("-649"), new BigDecimal("-894"),
                new BigDecimal("-1255"), new BigDecimal("-1194"), null, Thresholds.DEFAULT);
        assertEquals(new BigDecimal("-245"), a.varianceYtd());
        assertEquals(new BigDecimal("61"), a.outturnVariance());
        assertEquals(new BigDecimal("4.9"), a.variancePercent());
        assertEquals(Rag.GREEN, a.computedRag());
    }

    @Test
    void anOverrideIsReportedWithTheComputedRagKept() {
        FinanceRules.LineAssessment a = FinanceRules.assess(new BigDecimal("-152"), new BigDecimal("2628"),
                new BigDecimal("-55"), new BigDecimal("-55"), Rag.RED, Thresholds.DEFAULT);
        assertEquals(Rag.GREEN, a.computedRag());
        assertEquals(Rag.RED, a.rag());
        assertTrue(a.ragOverridden());
        assertEquals(new BigDecimal("2780"), a.varianceYtd());
    }

    @Test
    void thresholdsComeFromConfiguration() {
        Thresholds strict = new Thresholds(new BigDecimal("2"), new BigDecimal("4"));
        assertEquals(Rag.AMBER, FinanceRules.rag(new BigDecimal("1000"), new BigDecimal("1030"), strict));
        assertEquals(Rag.RED, FinanceRules.rag(new BigDecimal("1000"), new BigDecimal("1050"), strict));
        assertThrows(InvalidInputException.class, () -> new Thresholds(new BigDecimal("10"), new BigDecimal("5")));
    }
}
