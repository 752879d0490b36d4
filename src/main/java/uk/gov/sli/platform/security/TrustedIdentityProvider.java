package uk.gov.sli.platform.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Restores the signed-in user from the encrypted form-login cookie, with the role held now (checked against
 * the database at most every few minutes): a user removed or demoted loses the access soon after.
 */
@ApplicationScoped
public class TrustedIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

    @jakarta.inject.Inject
    VerifiedUsers verified;

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> {
            String username = request.getPrincipal();
            var roles = verified.rolesIfRecent(username);
            if (roles.isEmpty()) {
                AppUser user = QuarkusTransaction.requiringNew().call(() -> AppUser.<AppUser>findById(username));
                if (user == null) {
                    throw new AuthenticationFailedException("the user no longer exists");
                }
                roles = java.util.Optional.of(user.grantedRoles());
                verified.remember(username, null, user.grantedRoles());
            }
            return QuarkusSecurityIdentity.builder()
                    .setPrincipal(new QuarkusPrincipal(username))
                    .addRoles(roles.get())
                    .build();
        });
    }
}
