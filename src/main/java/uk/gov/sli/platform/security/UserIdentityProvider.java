package uk.gov.sli.platform.security;

import io.quarkus.elytron.security.common.BcryptUtil;
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

/** Checks a username and password (form login or HTTP Basic) against the bcrypt hashes in the database. */
@ApplicationScoped
public class UserIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    /** Compared against when the user does not exist, so that a wrong name costs as long as a wrong password. */
    private static final String DECOY_HASH = BcryptUtil.bcryptHash("decoy-password-for-timing");

    @Inject
    LoginThrottle throttle;

    @Inject
    VerifiedUsers verified;

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        String address = routing == null ? null : ClientAddress.of(routing);
        return context.runBlocking(() -> verify(request, address));
    }

    private SecurityIdentity verify(UsernamePasswordAuthenticationRequest request, String address) {
        String username = request.getUsername();
        if (throttle.lockedFor(username, address).isPresent()) {
            throw new AuthenticationFailedException("too many failed sign-ins");
        }
        String password = new String(request.getPassword().getPassword());
        var recent = verified.rolesIfVerified(username, password);
        if (recent.isPresent()) {
            return identity(username, recent.get(), request);
        }
        AppUser user = QuarkusTransaction.requiringNew().call(() -> AppUser.<AppUser>findById(username));
        boolean matches = BcryptUtil.matches(password, user == null ? DECOY_HASH : user.passwordHash);
        if (user == null || !matches) {
            throttle.recordFailure(username, address);
            throw new AuthenticationFailedException("wrong username or password");
        }
        throttle.recordSuccess(username);
        verified.remember(username, password, user.grantedRoles());
        return identity(user.username, user.grantedRoles(), request);
    }

    private static SecurityIdentity identity(String username, java.util.Set<String> roles,
            UsernamePasswordAuthenticationRequest request) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(username))
                .addRoles(roles)
                .addCredential(request.getPassword())
                .build();
    }
}
