package uk.gov.sli.platform.security;

import java.time.Clock;
import java.util.Set;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Checks a username and password (form login or HTTP Basic) against the stored hashes. Every attempt is counted
 * before its password is checked (see {@link LoginThrottle}); a password checked recently on this instance is not
 * hashed again, but the user's role and credential version are always read afresh, so a change applies at once.
 * A form sign-in makes a session naming the user's credential version and the time (see {@link SessionPrincipal}).
 */
@ApplicationScoped
public class UserIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    @Inject
    LoginThrottle throttle;

    @Inject
    VerifiedUsers verified;

    @Inject
    SecurityEvents events;

    @Inject
    Passwords passwords;

    @Inject
    Clock clock;

    @Inject
    StoredUsers storedUsers;

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        String address = routing == null ? null : ClientAddress.of(routing);
        boolean formLogin = routing != null && routing.normalizedPath().equals("/j_security_check");
        return context.runBlocking(() -> verify(request, address, formLogin));
    }

    private SecurityIdentity verify(UsernamePasswordAuthenticationRequest request, String address, boolean formLogin) {
        String username = request.getUsername();
        String password = new String(request.getPassword().getPassword());
        StoredUsers.Stored user = storedUsers.find(username).orElse(null);
        if (user != null && verified.isVerified(username, password, user.passwordHash())) {
            return identity(user, formLogin);
        }
        if (!throttle.admitAttempt(username)) {
            events.record(SecurityEvent.Type.LOCKED_OUT, username, address, "too many attempts; password not checked");
            throw new AuthenticationFailedException("too many failed sign-ins");
        }
        if (!passwords.matches(password, user)) {
            throttle.recordFailure(address);
            events.record(SecurityEvent.Type.SIGN_IN_FAILED, username, address, formLogin ? "form" : "basic");
            throw new AuthenticationFailedException("wrong username or password");
        }
        throttle.recordSuccess(username);
        verified.remember(username, password, user.passwordHash());
        events.record(SecurityEvent.Type.SIGN_IN, username, address, formLogin ? "form" : "basic");
        return identity(user, formLogin);
    }

    private SecurityIdentity identity(StoredUsers.Stored user, boolean formLogin) {
        String name = formLogin
                ? new SessionPrincipal(user.username(), user.credentialVersion(), clock.instant().getEpochSecond()).encode()
                : user.username();
        return identity(name, user.roles());
    }

    static SecurityIdentity identity(String principalName, Set<String> roles) {
        return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(principalName)).addRoles(roles).build();
    }
}
