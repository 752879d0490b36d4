package uk.gov.sli.audit;

import org.hibernate.envers.RevisionListener;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;

/** Stamps each revision with the signed-in user; changes made outside a request (seeding) are "system". */
public class RevisionUserListener implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        ((Revision) revisionEntity).username = currentUser();
    }

    public static String currentUser() {
        var container = Arc.container();
        if (container == null || !container.requestContext().isActive()) {
            return "system";
        }
        SecurityIdentity identity = container.instance(SecurityIdentity.class).get();
        return identity == null || identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }
}
