package uk.gov.sli.finance;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import uk.gov.sli.testing.As;
import uk.gov.sli.testing.TestYears;

/** Annex C of the 19 January 2016 board papers, as shipped in seed-data, through the finance API. */
@QuarkusTest
class FinanceApiTest {

    /** Description, budget year, forecast outturn, printed budget-to-outturn variance, printed RAG ("-" = none printed). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Subscription Income (Net of discounts) | -9414  | -9422  | -8    | GREEN",
            "RSG Income                             | -22832 | -22832 | 0     | GREEN",
            "Welsh RSG Income                       | -299   | -299   | 0     | GREEN",
            "Income from Direct Services            | -3703  | -3688  | 15    | GREEN",
            "Rental Income                          | -1255  | -1194  | 61    | -",
            "Other Income                           | -130   | -234   | -104  | GREEN",
            "Dividends                              | -1500  | -1750  | -250  | GREEN",
            "Core Employee Costs                    | 15203  | 14779  | -424  | GREEN",
            "Extra Employee Costs                   | 0      | 600    | 600   | RED",
            "RSG payments to 3rd parties            | 1671   | 1671   | 0     | GREEN",
            "Programme Costs                        | 10557  | 10126  | -431  | -",
            "Liberata/Brent Contract                | 2143   | 1473   | -670  | GREEN",
            "Shared Services                        | -55    | -55    | 1     | RED",
            "Other running costs                    | 5095   | 3574   | -1521 | GREEN",
            "Property Costs                         | 2343   | 2658   | 315   | RED",
            "Pensions - Past employees              | 940    | 940    | 0     | GREEN",
            "Pension Deficits Reduction Payments    | 2433   | 2433   | 0     | GREEN",
            "Ring Fenced income                     | -10182 | -12439 | -2257 | GREEN",
            "Ring-fenced expenditure                | 10182  | 12439  | 2257  | RED",
            "Ring-fenced overhead recovery          | -1105  | -1250  | -145  | GREEN",
    })
    void everyAnnexCLineShowsThePrintedFiguresAndRag(String description, int budgetYear, int outturn, int printedVariance,
            String printedRag) {
        String line = "lines.find { it.description == '" + description + "' }.";
        var response = As.viewer().get("/api/years/2015-16/finance?period=7").then().statusCode(200)
                .body(line + "budgetYear", equalTo(budgetYear))
                .body(line + "forecastOutturn", equalTo(outturn));
        Number variance = response.extract().path(line + "outturnVariance");
        // Annex C's printed variances differ from its own columns by 1 through rounding.
        org.junit.jupiter.api.Assertions.assertTrue(Math.abs(variance.doubleValue() - printedVariance) <= 1,
                description + ": computed variance " + variance + ", printed " + printedVariance);
        if (!printedRag.equals("-")) {
            response.body(line + "rag", equalTo(printedRag));
        }
    }

    @Test
    void sharedServicesIsRedThroughItsOverrideOnATimingVariance() {
        String line = "lines.find { it.description == 'Shared Services' }.";
        As.viewer().get("/api/years/2015-16/finance?period=7").then()
                .body(line + "computedRag", equalTo("GREEN")).body(line + "rag", equalTo("RED"))
                .body(line + "ragOverridden", equalTo(true)).body(line + "varianceYtd", equalTo(2780));
    }

    @Test
    void totalsAreComputedFromTheLines() {
        As.viewer().get("/api/years/2015-16/finance").then().statusCode(200)
                .body("period", equalTo(7))
                .body("lines", hasSize(20))
                .body("totals.description", org.hamcrest.Matchers.contains("Total core income", "Total core expenditure",
                        "Net ring-fenced position", "Net position (surplus) / deficit"))
                // Annex C prints (39,224) for the core income budget year; its lines add to (39,133). See seed-data/README.md.
                .body("totals[0].budgetYear", equalTo(-39133))
                .body("totals[1].forecastOutturn", equalTo(38199))
                .body("totals[2].budgetYtd", equalTo(307))
                .body("totals[2].forecastOutturn", equalTo(-1250));
    }

    @Test
    void whereTheAccountsAsPrintedDisagreeWithTheirLinesTheDifferenceIsStated() {
        As.viewer().get("/api/years/2015-16/finance?period=7").then().statusCode(200)
                .body("reconciliation[0]", org.hamcrest.Matchers.startsWith("Total core income, budget to date: printed (26,736)"))
                .body("reconciliation[-1]", org.hamcrest.Matchers.startsWith("Net position"))
                .body("reconciliation", org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.allOf(
                        containsString("Total core income, budget for the year"), containsString("(39,224)"),
                        containsString("(39,133)"), containsString("a difference of 91"))))
                                // Differences of rounding are stated too: the paper's reader sees every figure that moved.
                .body("reconciliation", org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.allOf(
                        containsString("Total core expenditure, budget to date"), containsString("21,540"),
                        containsString("21,541"), containsString("a difference of 1."))))
                .body("reconciliation.findAll { it.contains('forecast outturn') && it.contains('expenditure') }", hasSize(0));
        As.viewer().get("/years/2015-16/finance?period=7").then().statusCode(200)
                .body(containsString("Totals that differ from the accounts as printed"))
                .body(containsString("a difference of 91"));
    }

    @Test
    void aPeriodWithoutPrintedTotalsHasNothingToReconcile() {
        As.viewer().get("/api/years/2015-16/finance?period=6").then().statusCode(200)
                .body("reconciliation", hasSize(0));
    }

    @Test
    void aBadFinanceImportListsEveryBadLineAndChangesNothing() {
        String before = As.viewer().get("/api/years/2015-16/finance?period=7").asString();
        As.editor().contentType("text/csv").body("""
                section,description,budget_ytd,actual_ytd,budget_year,forecast_outturn,commentary,rag_override,rag_reason
                Core income,RSG Income,"(13,448)","(13,000)","(22,832)","(22,000)",changed,,
                Capital,New line,1,1,1,1,,,
                Core expenditure,Property Costs,lots,1,1,1,,,
                Core expenditure,,1,1,1,1,,,
                Core expenditure,Other running costs,1,1,1,1,,AMBER,
                """).post("/api/years/2015-16/finance?period=7")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.line", org.hamcrest.Matchers.contains(3, 4, 5, 6))
                .body("errors.column", org.hamcrest.Matchers.contains("section", "budget_ytd", "description", "rag_reason"));
        As.viewer().get("/api/years/2015-16/finance?period=7").then().body(equalTo(before));
    }

    @Test
    void moneyCellsTakeBracketsThousandsSeparatorsAndMinusSigns() {
        String year = TestYears.create("DCLG", null);
        As.editor().contentType("text/csv").body("""
                section,description,budget_ytd,actual_ytd,budget_year,forecast_outturn
                core_income,Grant,"(1,234)",-1300,"(2,468)",(2468)
                Core expenditure,Staff,"1,000",1100,2000,2300
                """).post("/api/years/" + year + "/finance?period=3").then().statusCode(200).body("imported", equalTo(2));
        As.viewer().get("/api/years/" + year + "/finance?period=3").then()
                .body("lines[0].budgetYtd", equalTo(-1234)).body("lines[0].varianceYtd", equalTo(-66))
                .body("lines[1].outturnVariance", equalTo(300)).body("lines[1].variancePercent", equalTo(15.0f))
                .body("lines[1].rag", equalTo("RED"))
                .body("totals[2].forecastOutturn", equalTo(-168));
    }

    @Test
    void aPeriodOutsideTheYearIsRejected() {
        As.viewer().get("/api/years/2015-16/finance?period=13").then().statusCode(400);
        As.editor().contentType("text/csv").body("section,description\n").post("/api/years/2015-16/finance?period=0")
                .then().statusCode(400);
    }

    @Test
    void theFinancePageIsLaidOutLikeAnnexCWithTheKeyAndTheChart() {
        As.viewer().get("/years/2015-16/finance?period=7").then().statusCode(200)
                .body(containsString("as at period 7 (Oct)"))
                .body(containsString("Within 5% of budget"))
                .body(containsString("Over 10% adverse to budget"))
                .body(containsString("Property Costs"))
                .body(containsString(">(22,832)<"))
                .body(containsString("set by the finance team; computed Green"))
                .body(containsString("id=\"variance-chart\""))
                .body(containsString("data-value=\"315\""))
                .body(containsString("Total core expenditure"));
    }

    @Test
    void anEmptyPeriodSaysSo() {
        As.viewer().get("/years/2015-16/finance?period=2").then().statusCode(200)
                .body(containsString("No finance lines for this period"));
        As.viewer().get("/api/years/2015-16/finance?period=2").then().body("lines", hasSize(0))
                .body("totals", hasSize(0)).body("period", equalTo(2));
        As.viewer().get("/api/years/2015-16/finance?period=2").then().body("lines[0]", nullValue());
    }
}
