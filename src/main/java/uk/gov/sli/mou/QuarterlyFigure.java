package uk.gov.sli.mou;

import java.math.BigDecimal;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;
import uk.gov.sli.rules.Quarter;
import uk.gov.sli.rules.Rag;

/** What was reported for one target in one quarter, with the officer's RAG override if any. */
@Entity
@Audited
@Table(name = "quarterly_figure")
public class QuarterlyFigure extends PanacheEntityBase {

    @Id
    // From the table's own sequence, 50 ids at a time (Hibernate's pooled optimiser), so inserts go to PostgreSQL in
    // JDBC batches instead of one round trip each (V13). The figures import, which writes by SQL, takes its ids from
    // this same generator (FigureService.importFigures), so the two never hand out the same id.
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quarterly_figure_ids")
    @jakarta.persistence.SequenceGenerator(name = "quarterly_figure_ids", sequenceName = "quarterly_figure_id_seq", allocationSize = 50)
    @Column(name = "id")
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "target_id", nullable = false)
    public Target target;

    @Column(name = "quarter", nullable = false)
    public short quarter;

    /** Absent means not reported ("n/a"), which is not the same as zero. */
    @Column(name = "figure_value", precision = 17, scale = 4)
    public BigDecimal value;

    @Column(name = "commentary")
    public String commentary;

    @Enumerated(EnumType.STRING)
    @Column(name = "rag_override", length = 5)
    public Rag ragOverride;

    @Column(name = "rag_reason")
    public String ragReason;

    @Version
    @Column(name = "version", nullable = false)
    public long version;

    public Quarter quarter() {
        return Quarter.of(quarter);
    }

    public static QuarterlyFigure blank(Target target, Quarter quarter) {
        QuarterlyFigure figure = new QuarterlyFigure();
        figure.target = target;
        figure.quarter = (short) quarter.number();
        return figure;
    }
}
