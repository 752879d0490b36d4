package uk.gov.sli.returns;

import java.time.OffsetDateTime;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A reminder to one owner, the outbox row that decides it is sent once, and how its sending went. */
@Entity
@Table(name = "reminder")
public class Reminder extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    public Long id;

    @Column(name = "return_id", nullable = false)
    public Long returnId;

    @Column(name = "username", nullable = false, length = 64)
    public String username;

    @Column(name = "email", length = 254)
    public String email;

    @Column(name = "kind", nullable = false, length = 20)
    public String kind;

    @Column(name = "occasion", nullable = false, length = 40)
    public String occasion;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "subject", nullable = false)
    public String subject;

    @Column(name = "body", nullable = false)
    public String body;

    @Column(name = "sent_at")
    public OffsetDateTime sentAt;

    @Column(name = "attempts", nullable = false)
    public int attempts;

    @Column(name = "last_error")
    public String lastError;
}
