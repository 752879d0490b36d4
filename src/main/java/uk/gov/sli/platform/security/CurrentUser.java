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

    public boolean isAdmin() {
        return identity.hasRole(Roles.ADMIN);
    }
}
