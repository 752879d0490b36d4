package uk.gov.sli.platform.security;

import java.net.URI;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Checks every request before anything else reads it, and every answer before it leaves:
 * <ul>
 * <li>a path with a control character (a NUL, a line break) is refused with 400, so it reaches neither the database
 * nor the log;</li>
 * <li>a request that changes something (any method but GET, HEAD and OPTIONS) coming from another site
 * ({@code Sec-Fetch-Site: cross-site}, or an {@code Origin} that is not this service's) is refused with 403, sign-in
 * and sign-out included;</li>
 * <li>an answer to a signed-in request is marked {@code Cache-Control: no-store}, so no shared or browser cache
 * keeps someone's figures or downloads; one tagged with its data version ({@code ETag}) is {@code private, no-cache}:
 * only the user's own browser keeps it, and asks before using it again;</li>
 * <li>a redirect the service makes to itself is sent as a path, never as an absolute URL built from the request's
 * {@code Host} header;</li>
 * <li>Swagger UI ({@code /q/swagger-ui}), whose page starts itself with inline scripts, gets a policy that allows
 * inline script and style on that path only; every other answer keeps the strict policy from the configuration.</li>
 * </ul>
 */
@ApplicationScoped
public class RequestHygiene {

    static final String SWAGGER_UI = "/q/swagger-ui";
    static final String SWAGGER_UI_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** A percent-encoded control character: %00 to %1F, or %7F. */
    private static final java.util.regex.Pattern ENCODED_CONTROL = java.util.regex.Pattern.compile("%(?:[01][0-9a-f]|7f)",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /** Before the throttle and authentication. */
    private static final int FIRST = Integer.MIN_VALUE + 50;

    void register(@Observes Router router) {
        router.route().order(FIRST).handler(this::check);
    }

    void check(RoutingContext routing) {
        String path = routing.request().path();
        String decoded = routing.normalizedPath();
        if (hasControl(path) || hasControl(decoded)) {
            problem(routing, 400, "Bad request", "The address contains a control character.");
            return;
        }
        if (changes(routing.request().method()) && crossSite(routing)) {
            problem(routing, 403, "Forbidden", "A change cannot be requested from another site.");
            return;
        }
        boolean signedIn = routing.request().getHeader("Authorization") != null
                || routing.request().getCookie("quarkus-credential") != null;
        routing.addHeadersEndHandler(ignored -> {
            var headers = routing.response().headers();
            if (signedIn && !isStatic(decoded)) {
                // An answer tagged with its data version may be kept by this user's browser, never by a shared
                // cache, and is checked with the service (If-None-Match) before each use; anything else is not kept.
                headers.set("Cache-Control", headers.contains("ETag") ? "private, no-cache" : "no-store");
            }
            if (headers.contains("ETag")) {
                // The tag names the content, which is sent gzipped or not depending on the request.
                headers.add("Vary", "Accept-Encoding");
            }
            if (decoded.equals(SWAGGER_UI) || decoded.startsWith(SWAGGER_UI + "/")) {
                headers.set("Content-Security-Policy", SWAGGER_UI_POLICY);
            }
            String location = headers.get("Location");
            if (location != null) {
                headers.set("Location", relative(location, routing.request().host()));
            }
        });
        routing.next();
    }

    private static boolean changes(HttpMethod method) {
        return !(method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.OPTIONS);
    }

    private static boolean crossSite(RoutingContext routing) {
        String site = routing.request().getHeader("Sec-Fetch-Site");
        if ("cross-site".equalsIgnoreCase(site)) {
            return true;
        }
        String origin = routing.request().getHeader("Origin");
        if (origin == null || origin.isBlank()) {
            return false;
        }
        try {
            URI from = URI.create(origin.trim());
            String host = routing.request().host();
            return from.getAuthority() == null || host == null || !from.getAuthority().equalsIgnoreCase(host);
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    /** An absolute URL to this service (as the request named it) becomes its path and query. */
    static String relative(String location, String host) {
        try {
            URI uri = URI.create(location);
            if (uri.isAbsolute() && host != null && host.equalsIgnoreCase(uri.getRawAuthority())) {
                String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
                return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
            }
            return location;
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }

    private static boolean isStatic(String path) {
        return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/webjars/")
                || path.startsWith("/favicon");
    }

    private static boolean hasControl(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (Character.isISOControl(text.charAt(i))) {
                return true;
            }
        }
        return text.indexOf('%') >= 0 && ENCODED_CONTROL.matcher(text).find();
    }

    private static void problem(RoutingContext routing, int status, String title, String detail) {
        routing.response().setStatusCode(status).putHeader("Content-Type", "application/problem+json")
                .end("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\"" + detail + "\"}");
    }
}
