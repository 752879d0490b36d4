package uk.gov.sli.report;

import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;

import uk.gov.sli.rules.Quarter;

/** The board paper's own words for a year and quarter: purpose, summary, recommendation, narrative and the rest. */
@Entity
@Audited
@Table(name = "board_paper")
public class BoardPaper extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    public Long id;

    @Column(name = "year_id", nullable = false, length = 7)
    public String yearId;

    @Column(name = "quarter", nullable = false)
    public short quarter;

    @Column(name = "meeting", length = 200)
    public String meeting;

    @Column(name = "meeting_date", length = 40)
    public String date;

    @Column(name = "agenda_item", length = 20)
    public String agendaItem;

    @Column(name = "title", length = 200)
    public String title;

    @Column(name = "purpose")
    public String purpose;

    @Column(name = "summary")
    public String summary;

    @Column(name = "recommendation")
    public String recommendation;

    @Column(name = "action")
    public String action;

    @Column(name = "contacts")
    public String contacts;

    @Column(name = "background")
    public String background;

    @Column(name = "performance_narrative")
    public String performanceNarrative;

    /** The officer's own highlights, one per line. */
    @Column(name = "highlights")
    public String highlights;

    @Column(name = "finance_narrative")
    public String financeNarrative;

    @Version
    @Column(name = "version", nullable = false)
    public long version;

    static Optional<BoardPaper> find(String yearId, Quarter quarter) {
        return find("yearId = ?1 and quarter = ?2", yearId, (short) quarter.number()).firstResultOptional();
    }
}
