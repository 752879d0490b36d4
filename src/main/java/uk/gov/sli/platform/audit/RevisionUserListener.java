package uk.gov.sli.platform.audit;

import org.hibernate.envers.RevisionListener;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Stamps each revision with who made the change: the signed-in user; a named actor for work the service does on
 * its own behalf (seed loading is "seed-data"); "system" for anything else outside a request.
 */
public class RevisionUserListener implements RevisionListener {

    private static final ThreadLocal<String> ACTOR = new ThreadLocal<>();

    @Override
    public void newRevision(Object revisionEntity) {
        ((Revision) revisionEntity).username = currentUser();
    }

    /** Runs {@code work} with its changes attributed to {@code actor}. */
    public static void actingAs(String actor, Runnable work) {
        String previous = ACTOR.get();
        ACTOR.set(actor);
        try {
            work.run();
        } finally {
            if (previous == null) {
                ACTOR.remove();
            } else {
                ACTOR.set(previous);
            }
        }
    }

    public static String currentUser() {
        String actor = ACTOR.get();
        if (actor != null) {
            return actor;
        }
        var container = Arc.container();
        if (container == null || !container.requestContext().isActive()) {
            return "system";
        }
        SecurityIdentity identity = container.instance(SecurityIdentity.class).get();
        return identity == null || identity.isAnonymous() ? "anonymous"
                : uk.gov.sli.platform.security.SessionPrincipal.usernameOf(identity.getPrincipal().getName());
    }
}
