package uk.gov.sli.platform.security;

import java.util.Set;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A person who signs in; the password is kept only as a bcrypt hash. */
@Entity
@Table(name = "app_user")
public class AppUser extends PanacheEntityBase {

    @Id
    @Column(name = "username", length = 64)
    public String username;

    @Column(name = "password_hash", nullable = false, length = 100)
    public String passwordHash;

    /** How the hash was made (see {@link Passwords}). */
    @Column(name = "password_scheme", nullable = false, length = 20)
    public String passwordScheme = Passwords.SCHEME;

    @Column(name = "role", nullable = false, length = 12)
    public String role;

    /** Moved on by sign-out, a password or role change and "sign out everywhere": older sessions are refused. */
    @Column(name = "credential_version", nullable = false)
    public int credentialVersion;

    @Column(name = "email", length = 254)
    public String email;

    @Version
    @Column(name = "version", nullable = false)
    public long version;

    /** Roles nest: an admin may do what an editor may, and an editor what a viewer may. */
    public Set<String> grantedRoles() {
        return Roles.grantedBy(role);
    }
}
