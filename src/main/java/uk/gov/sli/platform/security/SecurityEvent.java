package uk.gov.sli.platform.security;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Something that happened to someone's access: a sign-in, a failure, a lockout, a change to a user. */
@Entity
@Table(name = "security_event")
public class SecurityEvent extends PanacheEntityBase {

    /** The kinds of event recorded. */
    public enum Type {
        SIGN_IN, SIGN_IN_FAILED, LOCKED_OUT, SIGN_OUT, USER_CREATED, USER_DELETED, ROLE_CHANGED, PASSWORD_CHANGED,
        SIGNED_OUT_EVERYWHERE, SESSION_REFUSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    @JsonIgnore
    public Long id;

    @Column(name = "at", nullable = false)
    public OffsetDateTime at;

    @Column(name = "type", nullable = false, length = 30)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Type type;

    @Column(name = "username", length = 64)
    @JsonProperty("user")
    public String username;

    @Column(name = "address", length = 64)
    public String address;

    @Column(name = "detail")
    public String detail;
}
