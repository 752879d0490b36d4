package uk.gov.sli.platform.security;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import uk.gov.sli.platform.problem.DatabaseOutage;

/**
 * Puts the Basic challenge on the API's 401s, and answers 429 to sign-in attempts from a locked-out user or address before any password is checked:
 * HTTP Basic on the API, and the form login's POST.
 */
@ApplicationScoped
public class ThrottleFilter {

    /** Ahead of every other route, authentication included. */
    private static final int FIRST = Integer.MIN_VALUE + 100;

    @Inject
    LoginThrottle throttle;

    @Inject
    SecurityEvents events;

    @Inject
    VerifiedUsers verified;

    void register(@Observes Router router) {
        router.route().order(FIRST).handler(this::refuseWhileLockedOut);
        // Signing in reads the users table; if the database is down that failure is an outage, not a 500.
        router.route().failureHandler(routing -> {
            if (routing.failure() != null && DatabaseOutage.isCause(routing.failure()) && !routing.response().ended()) {
                boolean api = routing.normalizedPath().startsWith("/api");
                routing.response().setStatusCode(503).putHeader("Retry-After", "30")
                        .putHeader("Content-Type", api ? "application/problem+json" : "text/html; charset=UTF-8")
                        .end(api
                                ? "{\"type\":\"about:blank\",\"title\":\"Service unavailable\",\"status\":503,\"detail\":\""
                                        + DatabaseOutage.DETAIL + "\"}"
                                : "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>Service unavailable</title>"
                                        + "<link rel=\"stylesheet\" href=\"/css/app.css\"></head><body><main><h1>Service unavailable</h1><p>"
                                        + DatabaseOutage.DETAIL + "</p></main></body></html>");
            } else {
                routing.next();
            }
        });
    }

    void refuseWhileLockedOut(RoutingContext routing) {
        String path = routing.normalizedPath();
        if (path.startsWith("/api/") || path.equals("/api")) {
            // Form login makes Quarkus's Basic mechanism silent; scripts still need to be told to use Basic.
            routing.addHeadersEndHandler(ignored -> {
                if (routing.response().getStatusCode() == 401 && !routing.response().headers().contains("WWW-Authenticate")) {
                    routing.response().putHeader("WWW-Authenticate", "Basic realm=\"sli-dashboard\"");
                }
            });
        }
        String username = null;
        boolean attempt = false;
        if (path.equals("/j_security_check")) {
            attempt = true;
        } else {
            String authorization = routing.request().getHeader("Authorization");
            if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
                String[] credentials = basicCredentials(authorization.substring(6).trim());
                username = credentials[0];
                // A password this instance checked a moment ago is no guess: no need to ask the database.
                attempt = username == null || !verified.recentlyVerified(username, credentials[1]);
            }
        }
        if (!attempt) {
            routing.next();
            return;
        }
        String user = username;
        String address = ClientAddress.of(routing);
        // The count is in the database: read off the event loop, then carry on (the router holds the body meanwhile).
        routing.vertx().<Optional<Duration>>executeBlocking(() -> {
            Optional<Duration> locked = throttle.lockedFor(user, address);
            locked.ifPresent(d -> events.record(SecurityEvent.Type.LOCKED_OUT, user, address,
                    "refused for " + Math.max(1, d.toSeconds()) + " s"));
            return locked;
        }, false).onComplete(result -> {
            if (result.failed()) {
                routing.fail(result.cause());
            } else if (result.result().isPresent()) {
                long seconds = Math.max(1, result.result().get().toSeconds());
                routing.response().setStatusCode(429)
                        .putHeader("Retry-After", String.valueOf(seconds))
                        .putHeader("Content-Type", "application/problem+json")
                        .end("{\"type\":\"about:blank\",\"title\":\"Too many failed sign-ins\",\"status\":429,"
                                + "\"detail\":\"Too many failed sign-ins; try again in " + seconds + " seconds.\"}");
            } else {
                routing.next();
            }
        });
    }

    /** The username and password of a Basic header; nulls for one that cannot be read. */
    private static String[] basicCredentials(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? new String[] { decoded, "" }
                    : new String[] { decoded.substring(0, colon), decoded.substring(colon + 1) };
        } catch (IllegalArgumentException e) {
            return new String[] { null, null };
        }
    }
}
