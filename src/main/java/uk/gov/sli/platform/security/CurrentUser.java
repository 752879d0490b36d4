package uk.gov.sli.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Who is signed in, for the pages: {@code {inject:currentUser.name}}. */
@Named("currentUser")
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityIdentity identity;

    public boolean signedIn() {
        return !identity.isAnonymous();
    }

    public String name() {
        return signedIn() ? SessionPrincipal.usernameOf(identity.getPrincipal().getName()) : "";
    }

    public boolean canEdit() {
        return identity.hasRole(Roles.EDITOR);
    }

    /** Whether this user may enter figures for a target with this owner: an editor any, a contributor its own. */
    public boolean mayReport(String owner) {
        return identity.hasRole(Roles.EDITOR) || (identity.hasRole(Roles.CONTRIBUTOR) && name().equals(owner));
    }

    public boolean isContributor() {
        return identity.hasRole(Roles.CONTRIBUTOR);
    }

    public boolean isAdmin() {
        return identity.hasRole(Roles.ADMIN);
    }
}
