package uk.gov.sli.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import uk.gov.sli.rules.ConflictException;
import uk.gov.sli.rules.InvalidInputException;

/**
 * People who sign in. Every change is a security event; a password or role change ends the user's sessions on
 * every instance (its credential version moves on); the last admin can be neither demoted nor deleted.
 */
@ApplicationScoped
public class UserService {

    @Inject
    Passwords passwords;

    @Inject
    SecurityEvents events;

    @Inject
    CurrentUser currentUser;

    @Inject
    StoredUsers storedUsers;

    /** Creates or updates a user; answers whether it was created. A password is required to create one. */
    @Transactional
    public boolean save(String username, String password, String role, String email) {
        if (username == null || !username.matches("[A-Za-z0-9._@-]{1,64}")) {
            throw new InvalidInputException("username", "username must be 1 to 64 letters, digits, '.', '_', '@' or '-'");
        }
        Roles.grantedBy(role == null ? "" : role);
        if (email != null && !email.isBlank() && !email.matches("[^@\\s\\p{Cntrl}]{1,64}@[^@\\s\\p{Cntrl}]{1,189}")) {
            throw new InvalidInputException("email", "email must look like name@example.gov.uk");
        }
        holdUsersLock();
        AppUser user = AppUser.findById(username);
        boolean created = user == null;
        if (created && password == null) {
            throw new InvalidInputException("password", "a password is required for a new user");
        }
        if (password != null) {
            passwords.checkPolicy(username, password);
        }
        if (created) {
            user = new AppUser();
            user.username = username;
        } else if (Roles.ADMIN.equals(user.role) && !Roles.ADMIN.equals(role)) {
            refuseLastAdmin("demote");
        }
        String previousRole = user.role;
        if (password != null) {
            user.passwordHash = passwords.hash(password);
            user.passwordScheme = Passwords.SCHEME;
        }
        user.role = role;
        user.email = email == null || email.isBlank() ? null : email.trim();
        storedUsers.forget(username);
        if (created) {
            user.persist();
            events.record(SecurityEvent.Type.USER_CREATED, username, null, "role " + role + " by " + currentUser.name());
            return true;
        }
        if (!role.equals(previousRole)) {
            user.credentialVersion++;
            events.record(SecurityEvent.Type.ROLE_CHANGED, username, null,
                    previousRole + " to " + role + " by " + currentUser.name());
        }
        if (password != null) {
            user.credentialVersion++;
            events.record(SecurityEvent.Type.PASSWORD_CHANGED, username, null, "by " + currentUser.name());
        }
        return false;
    }

    @Transactional
    public void delete(String username) {
        holdUsersLock();
        AppUser user = AppUser.<AppUser>findByIdOptional(username)
                .orElseThrow(() -> new NotFoundException("No user '" + username + "'"));
        if (Roles.ADMIN.equals(user.role)) {
            refuseLastAdmin("delete");
        }
        user.delete();
        storedUsers.forget(username);
        events.record(SecurityEvent.Type.USER_DELETED, username, null, "by " + currentUser.name());
    }

    /** Ends every session of the user, on every instance. */
    @Transactional
    public void signOutEverywhere(String username, SecurityEvent.Type why, String address) {
        AppUser user = AppUser.<AppUser>findByIdOptional(username)
                .orElseThrow(() -> new NotFoundException("No user '" + username + "'"));
        user.credentialVersion++;
        storedUsers.forget(username);
        events.record(why, username, address, why == SecurityEvent.Type.SIGN_OUT ? null : "by " + currentUser.name());
    }

    /** For the dev and test profiles' well-known users, whose passwords are deliberately short. */
    @Transactional
    public void ensure(String username, String password, String role) {
        holdUsersLock();
        if (AppUser.findById(username) == null) {
            AppUser user = new AppUser();
            user.username = username;
            user.passwordHash = passwords.hash(password);
            user.role = role;
            user.persist();
        }
    }

    /** Creates the first admin if, and only if, there are no users; safe when several instances start together. */
    @Transactional
    public boolean bootstrapAdmin(String password) {
        holdUsersLock();
        if (AppUser.count() > 0) {
            return false;
        }
        save("admin", password, Roles.ADMIN, null);
        return true;
    }

    private void refuseLastAdmin(String what) {
        if (AppUser.count("role", Roles.ADMIN) <= 1) {
            throw new ConflictException("Cannot " + what + " the last admin: make another user admin first, so that "
                    + "someone can still manage users, targets and sign-off");
        }
    }

    private void holdUsersLock() {
        AppUser.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtext('sli:users'))").getSingleResult();
    }
}
