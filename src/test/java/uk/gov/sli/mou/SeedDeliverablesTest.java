package uk.gov.sli.mou;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import uk.gov.sli.testing.As;

/** The shipped 2015/16 data reproduces the board's Annex A and B as at Q2. */
@QuarkusTest
class SeedDeliverablesTest {

    @Test
    void summaryAtQ2IsTheBoardsTwentySixKeyTargetsFifteenGreenElevenAmber() {
        As.viewer().get("/api/years/2015-16/summary?quarter=Q2").then().statusCode(200)
                .body("keyTargets", equalTo(26)).body("green", equalTo(15)).body("amber", equalTo(11))
                .body("red", equalTo(0)).body("notReported", equalTo(0)).body("notAssessed", equalTo(0))
                .body("sentence", equalTo("Of the 26 key targets, 15 are rag-rated green and the remaining 11 are amber."));
    }

    @Test
    void theYearHoldsTwentySevenTargets() {
        As.viewer().get("/api/years/2015-16/deliverables?quarter=Q2").then().statusCode(200)
                .body("targets", hasSize(27));
    }

    /** Every Annex B row: code, target, Apr-Jun, Jul-Sep, total and % achieved as printed. */
    @ParameterizedTest(name = "{0}: {1} target, {2} + {3} -> {4} ({5}%)")
    @CsvSource(nullValues = "n/a", value = {
            "PEER-01, 100, 18, 13, 31, 31",
            "PEER-02, 40, 19, 8, 27, 68",
            "PEER-03, 10, 6, 6, 12, 120",
            "PEER-04, 20, 16, 5, 21, 105",
            "EFF-02, 20, 4, 6, 10, 50",
            "EFF-03, 5, 5, 5, 5, 100",
            "EFF-04, 10, 0, 60, 60, 600",
            "EFF-05, 25, 6, 5, 11, 44",
            "EFF-06, 20, 10, 10, 20, 100",
            "LEAD-01, 500, 347, 201, 548, 110",
            "LEAD-02, 50, 58, 58, 58, 116",
            "LEAD-04, 100, n/a, 98, 98, 98",
            "ECON-02, 15, 4, 11, 15, 100",
            "ECON-03, 150, n/a, 35, 35, 23",
            "WORK-03, 52, 25, 17, 42, 81",
            "WORK-01, 15, 15, 15, 15, 100",
            "WORK-04, 10, 2, 3, 3, 30",
    })
    void annexBRowIsReproduced(String code, int target, Integer q1, Integer q2, int total, int percent) {
        String row = "targets.find { it.code == '" + code + "' }.";
        As.viewer().get("/api/years/2015-16/deliverables?quarter=Q2").then().statusCode(200)
                .body(row + "target", equalTo(target))
                .body(row + "quarters.Q1", equalTo(q1))
                .body(row + "quarters.Q2", equalTo(q2))
                .body(row + "total", equalTo(total))
                .body(row + "percentAchieved", equalTo(percent));
    }

    @Test
    void annexATrafficLightIsTheReportedRagWithTheComputedOneStillVisible() {
        String peer = "targets.find { it.code == 'PEER-01' }.";
        As.viewer().get("/api/years/2015-16/deliverables?quarter=Q2").then()
                .body(peer + "computedRag", equalTo("RED"))
                .body(peer + "rag", equalTo("AMBER"))
                .body(peer + "ragOverridden", equalTo(true))
                .body(peer + "expectedToDate", equalTo(50))
                .body(peer + "forecast", equalTo(62))
                .body(peer + "forecastPercent", equalTo(62));
    }
}
