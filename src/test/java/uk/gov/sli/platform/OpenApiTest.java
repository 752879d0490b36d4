package uk.gov.sli.platform;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The API description on the public port documents the API and only the API: no page of HTML for people in it. */
@QuarkusTest
class OpenApiTest {

    @Test
    void everyDocumentedPathIsAnApiPath() {
        Map<String, Object> paths = given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath().getMap("paths");
        assertTrue(paths.size() > 30, "the API is documented: " + paths.size() + " paths");
        assertTrue(paths.containsKey("/api/years/{id}/deliverables"));
        for (String path : paths.keySet()) {
            assertTrue(path.startsWith("/api/"), path + " is a page, not part of the API");
        }
    }
}
