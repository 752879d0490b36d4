package uk.gov.sli.platform.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.regex.Pattern;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

/**
 * GOV.UK Frontend's stylesheet without the GOV.UK brand: this is not a GOV.UK service, so the GDS Transport font
 * (its {@code @font-face} rules and its name in every font stack) is replaced by the system's own sans-serif. Read
 * once from the webjar; the browser may keep it for a day.
 */
@Path("/css/govuk-frontend.css")
public class Frontend {

    static final String FONT_STACK = "system-ui,-apple-system,\"Segoe UI\",Roboto,Arial,sans-serif";
    private static final Pattern FONT_FACE = Pattern.compile("@font-face\\{[^}]*GDS Transport[^}]*\\}");
    private static final Pattern BRAND_FONT = Pattern.compile("\"?GDS Transport\"?,arial,sans-serif");

    private volatile String css;

    @GET
    @PermitAll
    @Produces("text/css")
    public Response stylesheet() {
        return Response.ok(css()).header("Cache-Control", "public, max-age=86400").build();
    }

    private String css() {
        String text = css;
        if (text == null) {
            text = unbranded(read("META-INF/resources/webjars/govuk-frontend/" + version() + "/dist/govuk/govuk-frontend.min.css"));
            css = text;
        }
        return text;
    }

    /** The stylesheet with GDS Transport gone: no font files fetched, every stack the system's sans-serif. */
    static String unbranded(String css) {
        String withoutFaces = FONT_FACE.matcher(css).replaceAll("");
        return BRAND_FONT.matcher(withoutFaces).replaceAll(FONT_STACK);
    }

    /** The webjar's version, from its own Maven metadata, so that a new version needs no change here. */
    private static String version() {
        Properties properties = new Properties();
        try (InputStream in = open("META-INF/maven/org.webjars.npm/govuk-frontend/pom.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version");
    }

    private static InputStream open(String resource) {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("GOV.UK Frontend is not on the class path: " + resource);
        }
        return in;
    }

    private static String read(String resource) {
        try (InputStream in = open(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
