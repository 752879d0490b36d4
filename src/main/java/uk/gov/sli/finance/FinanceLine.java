package uk.gov.sli.finance;

import java.math.BigDecimal;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;

import uk.gov.sli.rules.Rag;

/** One line of the management accounts at an accounting period, in £000s, income negative. */
@Entity
@Audited
@Table(name = "finance_line")
public class FinanceLine extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    public Long id;

    @Column(name = "year_id", nullable = false, length = 7)
    public String yearId;

    @Column(name = "period", nullable = false)
    public short period;

    @Enumerated(EnumType.STRING)
    @Column(name = "section", nullable = false, length = 20)
    public FinanceSection section;

    @Column(name = "description", nullable = false, length = 200)
    public String description;

    @Column(name = "budget_ytd", precision = 14, scale = 2)
    public BigDecimal budgetYtd;

    @Column(name = "actual_ytd", precision = 14, scale = 2)
    public BigDecimal actualYtd;

    @Column(name = "budget_year", precision = 14, scale = 2)
    public BigDecimal budgetYear;

    @Column(name = "forecast_outturn", precision = 14, scale = 2)
    public BigDecimal forecastOutturn;

    @Column(name = "commentary")
    public String commentary;

    @Enumerated(EnumType.STRING)
    @Column(name = "rag_override", length = 5)
    public Rag ragOverride;

    @Column(name = "rag_reason")
    public String ragReason;

    @Column(name = "display_order", nullable = false)
    public int displayOrder;

    @Version
    @Column(name = "version", nullable = false)
    public long version;

    public static List<FinanceLine> forPeriod(String yearId, int period) {
        return list("yearId = ?1 and period = ?2 order by displayOrder", yearId, (short) period);
    }

    public static List<Integer> periods(String yearId) {
        return getEntityManager().createQuery(
                "select distinct f.period from FinanceLine f where f.yearId = ?1 order by f.period", Short.class)
                .setParameter(1, yearId).getResultList().stream().map(Short::intValue).toList();
    }
}
