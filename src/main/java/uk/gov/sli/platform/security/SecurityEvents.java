package uk.gov.sli.platform.security;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The record of who signed in, who failed, who was locked out, and every change to a user. Written in a
 * transaction of its own, so an event is kept even when the request it belongs to fails.
 */
@ApplicationScoped
public class SecurityEvents {

    private static final Logger LOG = Logger.getLogger(SecurityEvents.class);
    private static final int MAX_NAME = 64;

    @Inject
    Clock clock;

    public void record(SecurityEvent.Type type, String username, String address, String detail) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                SecurityEvent event = new SecurityEvent();
                event.at = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
                event.type = type;
                event.username = clip(username);
                event.address = clip(address);
                event.detail = detail;
                event.persist();
            });
        } catch (RuntimeException e) {
            // The event is secondary to the answer; the failure is logged, never the cause of a second one.
            LOG.warnf("Could not record security event %s: %s", type, e.getClass().getSimpleName());
        }
    }

    /** Events since an instant (or all), oldest first. */
    @Transactional
    public List<SecurityEvent> since(OffsetDateTime since) {
        return since == null ? SecurityEvent.list("order by at, id")
                : SecurityEvent.list("at >= ?1 order by at, id", since);
    }

    /** The latest events, newest first. */
    @Transactional
    public List<SecurityEvent> latest(int count) {
        return SecurityEvent.find("order by at desc, id desc").page(0, count).list();
    }

    /** A name as typed by whoever tried to sign in, cut to what the column holds and stripped of control characters. */
    private static String clip(String text) {
        if (text == null) {
            return null;
        }
        String clean = text.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > MAX_NAME ? clean.substring(0, MAX_NAME) : clean;
    }
}
