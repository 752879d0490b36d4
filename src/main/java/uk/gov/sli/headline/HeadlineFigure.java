package uk.gov.sli.headline;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A figure a year's documents state outright (145 peer challenges delivered), with where it was said. */
@Entity
@org.hibernate.envers.Audited
@Table(name = "headline_figure")
public class HeadlineFigure extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    public Long id;

    @Column(name = "year_id", nullable = false, length = 7)
    public String yearId;

    @Column(name = "measure", nullable = false, length = 60)
    public String measure;

    @Column(name = "value", nullable = false, precision = 16, scale = 2)
    public BigDecimal value;

    /** "over", as in "over 980 councillors". */
    @Column(name = "qualifier", length = 20)
    public String qualifier;

    @Column(name = "source", nullable = false)
    public String source;

    public static List<HeadlineFigure> forYear(String yearId) {
        return list("yearId = ?1 order by measure", yearId);
    }

    public static Optional<HeadlineFigure> find(String yearId, String measure) {
        return find("yearId = ?1 and measure = ?2", yearId, measure).firstResultOptional();
    }
}
