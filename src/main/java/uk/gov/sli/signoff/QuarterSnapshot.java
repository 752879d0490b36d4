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

import org.hibernate.annotations.Immutable;

/** A signed-off quarter's whole as-at view, as canonical JSON with its SHA-256. Never changed (the database refuses). */
@Entity
@Immutable
@Table(name = "quarter_snapshot")
public class QuarterSnapshot extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    public Long id;

    @Column(name = "year_id", nullable = false, length = 7)
    public String yearId;

    @Column(name = "quarter", nullable = false)
    public short quarter;

    @Column(name = "version", nullable = false)
    public int version;

    @Column(name = "signed_off_by", nullable = false, length = 64)
    public String signedOffBy;

    @Column(name = "signed_off_at", nullable = false)
    public OffsetDateTime signedOffAt;

    @Column(name = "sha256", nullable = false, length = 64)
    public String sha256;

    @Column(name = "body", nullable = false)
    public String body;

    public SignedOff signedOff() {
        return new SignedOff(signedOffBy, signedOffAt, sha256, version);
    }

    static Optional<QuarterSnapshot> latest(String yearId, int quarter) {
        return find("yearId = ?1 and quarter = ?2 order by version desc", yearId, (short) quarter).firstResultOptional();
    }

    static List<QuarterSnapshot> all(String yearId, int quarter) {
        return list("yearId = ?1 and quarter = ?2 order by version", yearId, (short) quarter);
    }
}
