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

    @Column(name = "role", nullable = false, length = 10)
    public String role;

    @Version
    @Column(name = "version", nullable = false)
    public long version;

    /** Roles nest: an admin may do what an editor may, and an editor what a viewer may. */
    public Set<String> grantedRoles() {
        return Roles.grantedBy(role);
    }
}
