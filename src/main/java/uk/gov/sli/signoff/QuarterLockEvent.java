package uk.gov.sli.signoff;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A quarter signed off or reopened; the latest event for a year and quarter is its current state. */
@Entity
@Table(name = "quarter_lock_event")
public class QuarterLockEvent extends PanacheEntityBase {

    public static final String SIGN_OFF = "SIGN_OFF";
    public static final String REOPEN = "REOPEN";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    public Long id;

    @Column(name = "year_id", nullable = false, length = 7)
    public String yearId;

    @Column(name = "quarter", nullable = false)
    public short quarter;

    @Column(name = "action", nullable = false, length = 10)
    public String action;

    @Column(name = "username", nullable = false, length = 64)
    public String username;

    @Column(name = "at", nullable = false)
    public OffsetDateTime at;

    @Column(name = "reason")
    public String reason;

    /** Key targets not yet accepted when the admin confirmed the sign-off anyway. */
    @Column(name = "unaccepted")
    public String unaccepted;

    public boolean signsOff() {
        return SIGN_OFF.equals(action);
    }

    public static Optional<QuarterLockEvent> latest(String yearId, int quarter) {
        return find("yearId = ?1 and quarter = ?2 order by id desc", yearId, (short) quarter).firstResultOptional();
    }

    public static List<QuarterLockEvent> forYear(String yearId) {
        return list("yearId = ?1 order by id", yearId);
    }
}
