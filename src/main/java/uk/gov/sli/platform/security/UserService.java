package uk.gov.sli.platform.security;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

@ApplicationScoped
public class UserService {

    public static final int MIN_PASSWORD_LENGTH = 10;

    /** Creates or updates a user; answers whether it was created. */
    @Transactional
    public boolean save(String username, String password, String role) {
        if (username == null || !username.matches("[A-Za-z0-9._@-]{1,64}")) {
            throw new uk.gov.sli.rules.InvalidInputException("username must be 1 to 64 letters, digits, '.', '_', '@' or '-'");
        }
        Roles.grantedBy(role == null ? "" : role);
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new uk.gov.sli.rules.InvalidInputException("password must be at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        return store(username, password, role);
    }

    /** For the dev and test profiles' well-known users, whose passwords are deliberately short. */
    @Transactional
    public void ensure(String username, String password, String role) {
        holdUsersLock();
        if (AppUser.findById(username) == null) {
            store(username, password, role);
        }
    }

    /** Creates the first admin if, and only if, there are no users; safe when several instances start together. */
    @Transactional
    public boolean bootstrapAdmin(String password) {
        holdUsersLock();
        if (AppUser.count() > 0) {
            return false;
        }
        save("admin", password, Roles.ADMIN);
        return true;
    }

    private void holdUsersLock() {
        AppUser.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtext('sli:users'))").getSingleResult();
    }

    @jakarta.inject.Inject
    VerifiedUsers verified;

    private boolean store(String username, String password, String role) {
        verified.forget(username);
        AppUser user = AppUser.findById(username);
        boolean created = user == null;
        if (created) {
            user = new AppUser();
            user.username = username;
        }
        user.passwordHash = BcryptUtil.bcryptHash(password);
        user.role = role;
        if (created) {
            user.persist();
        }
        return created;
    }
}
