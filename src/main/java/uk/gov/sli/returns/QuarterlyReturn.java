package uk.gov.sli.returns;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import uk.gov.sli.rules.Quarter;

/** A quarter's return, opened by an admin with a due date: each target's owner reports by then. */
@Entity
@Table(name = "quarterly_return")
public class QuarterlyReturn extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    public Long id;

    @Column(name = "year_id", nullable = false, length = 7)
    public String yearId;

    @Column(name = "quarter", nullable = false)
    public short quarter;

    @Column(name = "due", nullable = false)
    public LocalDate due;

    @Column(name = "opened_by", nullable = false, length = 64)
    public String openedBy;

    @Column(name = "opened_at", nullable = false)
    public OffsetDateTime openedAt;

    public Quarter quarter() {
        return Quarter.of(quarter);
    }

    static Optional<QuarterlyReturn> find(String yearId, Quarter quarter) {
        return find("yearId = ?1 and quarter = ?2", yearId, (short) quarter.number()).firstResultOptional();
    }
}
