package uk.gov.sli.mou;

import java.math.BigDecimal;
import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;

/** One MoU year, 1 April to 31 March: {@code 2015-16} in URLs, {@code 2015/16} on screen. */
@Entity
@Audited
@Table(name = "mou_year")
public class MouYear extends PanacheEntityBase {

    @Id
    @Column(name = "id", length = 7)
    public String id;

    @Column(name = "label", nullable = false, length = 7)
    public String label;

    @Column(name = "department", nullable = false, length = 100)
    public String department;

    @Column(name = "grant_amount", precision = 16, scale = 2)
    public BigDecimal grantAmount;

    @Version
    @Column(name = "version", nullable = false)
    public long version;

    /** Moved on by the database whenever the year's themes, targets or figures change; never written here. */
    @Column(name = "data_version", nullable = false, insertable = false, updatable = false)
    @org.hibernate.envers.NotAudited
    public long dataVersion;

    /** The year an officer most likely wants: the latest one with targets (a year may hold headlines only). */
    public static Optional<MouYear> latest() {
        Optional<MouYear> withTargets = find("from MouYear y where exists (select 1 from Target t where t.yearId = y.id) "
                + "order by y.id desc").firstResultOptional();
        return withTargets.isPresent() ? withTargets : find("order by id desc").firstResultOptional();
    }
}
