package uk.gov.sli.platform.security;

import java.util.Optional;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import uk.gov.sli.platform.config.SliConfig;
import org.jboss.logging.Logger;

/**
 * On a database with no users, creates {@code admin} with the password in {@code SLI_ADMIN_PASSWORD}. The dev
 * and test profiles also get the well-known admin/admin, editor/editor and viewer/viewer.
 */
@ApplicationScoped
public class UserBootstrap {

    private static final Logger LOG = Logger.getLogger(UserBootstrap.class);

    @Inject
    SliConfig config;

    @Inject
    UserService users;

    void onStart(@Observes @Priority(10) StartupEvent event) {
        if (config.users().wellKnown()) {
            users.ensure("admin", "admin", Roles.ADMIN);
            users.ensure("editor", "editor", Roles.EDITOR);
            users.ensure("viewer", "viewer", Roles.VIEWER);
            LOG.warn("Well-known users admin/admin, editor/editor and viewer/viewer exist (dev and test profiles only)");
            return;
        }
        if (AppUser.count() > 0) {
            return;
        }
        Optional<String> adminPassword = config.adminPassword();
        if (adminPassword.isEmpty() || adminPassword.get().isBlank()) {
            LOG.warn("There are no users yet, so nobody can sign in. Set SLI_ADMIN_PASSWORD (at least "
                    + Passwords.MIN_LENGTH + " characters) and restart to create the 'admin' user; "
                    + "then add people with PUT /api/users/{username}.");
            return;
        }
        if (users.bootstrapAdmin(adminPassword.get())) {
            LOG.info("Created the 'admin' user from SLI_ADMIN_PASSWORD");
        }
    }
}
