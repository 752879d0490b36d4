package uk.gov.sli.testing;

import static io.restassured.RestAssured.given;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Driving the pages as a person does: signing in with the form, and posting a form with its CSRF token. */
public final class Pages {

    private Pages() {
    }

    /** Signs in through the form; the session cookie. */
    public static String login(String username, String password) {
        return given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("j_username", username).formParam("j_password", password)
                .post("/j_security_check").then().statusCode(302).extract().cookie("quarkus-credential");
    }

    /** A hidden field's value in a page. */
    public static String hidden(String html, String name) {
        Matcher m = Pattern.compile("name=\"" + Pattern.quote(name) + "\" value=\"([^\"]+)\"").matcher(html);
        if (!m.find()) {
            throw new AssertionError("no hidden field " + name + " in the page");
        }
        return m.group(1);
    }

    /** Opens the form at {@code path} signed in as a well-known user and posts it back with these fields. */
    public static Response submit(String user, String path, String... fieldsAndValues) {
        return submitAs(user, user, path, fieldsAndValues);
    }

    /** Opens the form at {@code path} signed in as {@code user} and posts it back with these fields. */
    public static Response submitAs(String user, String password, String path, String... fieldsAndValues) {
        String session = login(user, password);
        Response form = given().cookie("quarkus-credential", session).get(path);
        var post = given().cookie("quarkus-credential", session).cookie("csrf-token", form.getCookie("csrf-token"))
                .redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("csrf-token", hidden(form.asString(), "csrf-token"));
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            post = post.formParam(fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return post.post(path);
    }
}
