package uk.gov.sli.platform.security;

import java.time.Clock;
import java.time.Duration;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import uk.gov.sli.platform.config.SliConfig;

/**
 * Restores the signed-in user from the encrypted form-login cookie, on every request: the session must name the
 * user's current credential version (sign-out, a password or role change, or "sign out everywhere" move it on, on
 * every instance within a second) and be younger than the absolute session lifetime; the role is the one held now.
 */
@ApplicationScoped
public class TrustedIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

    @Inject
    SliConfig config;

    @Inject
    Clock clock;

    @Inject
    StoredUsers storedUsers;

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> {
            SessionPrincipal session = SessionPrincipal.decode(request.getPrincipal())
                    .orElseThrow(() -> new AuthenticationFailedException("not a session of this service"));
            Duration age = Duration.ofSeconds(clock.instant().getEpochSecond() - session.signedInAt());
            if (age.isNegative() || age.compareTo(config.login().sessionLifetime()) > 0) {
                throw new AuthenticationFailedException("the session is older than its lifetime");
            }
            StoredUsers.Stored user = storedUsers.find(session.username()).orElse(null);
            if (user == null || user.credentialVersion() != session.credentialVersion()) {
                throw new AuthenticationFailedException("the session was ended");
            }
            return UserIdentityProvider.identity(request.getPrincipal(), user.roles());
        });
    }
}
