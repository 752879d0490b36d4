package uk.gov.sli.leadership;

import java.math.BigDecimal;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A programme module's overall satisfaction average, 1 (poor) to 4 (excellent). */
@Entity
@org.hibernate.envers.Audited
@Table(name = "leadership_score")
public class LeadershipScore extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    public Long id;

    @Column(name = "year_id", nullable = false, length = 7)
    public String yearId;

    @Column(name = "programme", nullable = false, length = 10)
    public String programme;

    @Column(name = "module", nullable = false, length = 100)
    public String module;

    @Column(name = "score", nullable = false, precision = 4, scale = 2)
    public BigDecimal score;

    @Column(name = "display_order", nullable = false)
    public int displayOrder;

    public static List<LeadershipScore> forYear(String yearId) {
        return list("yearId = ?1 order by displayOrder", yearId);
    }
}
