package uk.gov.sli.testing;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;

/** Requests made as the test profile's well-known users, over HTTP Basic. */
public final class As {

    private As() {
    }

    public static RequestSpecification admin() {
        return user("admin");
    }

    public static RequestSpecification editor() {
        return user("editor");
    }

    public static RequestSpecification viewer() {
        return user("viewer");
    }

    /** The well-known users' passwords are their names. */
    public static RequestSpecification user(String name) {
        return given().auth().preemptive().basic(name, name);
    }
}
