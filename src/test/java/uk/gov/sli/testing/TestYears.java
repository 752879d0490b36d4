package uk.gov.sli.testing;

import java.util.concurrent.atomic.AtomicInteger;

import io.restassured.http.ContentType;

/**
 * Fresh MoU years for tests, so no test depends on another's data or on a magic id: each call names a year nobody
 * has used in this run (from 2100-01 on, well clear of the seed data and the benchmark's synthetic years).
 */
public final class TestYears {

    private static final AtomicInteger NEXT = new AtomicInteger(2100);

    private TestYears() {
    }

    /** A year id not used before in this run, such as 2117-18. */
    public static String next() {
        int start = NEXT.getAndIncrement();
        return start + "-" + String.format("%02d", (start + 1) % 100);
    }

    /** A new year, created through the API, with the targets of {@code targetsCsv} if given. */
    public static String create(String department, String targetsCsv) {
        String year = next();
        As.admin().contentType(ContentType.JSON).body("{\"department\":\"" + department + "\"}").put("/api/years/" + year)
                .then().statusCode(201);
        if (targetsCsv != null) {
            As.admin().contentType("text/csv").body(targetsCsv).post("/api/years/" + year + "/targets").then().statusCode(200);
        }
        return year;
    }
}
