package uk.gov.sli.returns;

import java.time.OffsetDateTime;

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

import uk.gov.sli.mou.Target;
import uk.gov.sli.rules.ReturnRules.State;

/** One target's part of a quarter's return: where it stands, who submitted it, who reviewed it and what they said. */
@Entity
@Table(name = "return_item")
public class ReturnItem extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "return_item_ids")
    @jakarta.persistence.SequenceGenerator(name = "return_item_ids", sequenceName = "return_item_id_seq", allocationSize = 50)
    @Column(name = "id")
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "return_id", nullable = false)
    public QuarterlyReturn quarterlyReturn;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "target_id", nullable = false)
    public Target target;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 12)
    public State state = State.NOT_STARTED;

    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;

    @Column(name = "submitted_by", length = 64)
    public String submittedBy;

    @Column(name = "reviewed_at")
    public OffsetDateTime reviewedAt;

    @Column(name = "reviewed_by", length = 64)
    public String reviewedBy;

    @Column(name = "comment")
    public String comment;

    @Version
    @Column(name = "version", nullable = false)
    public long version;
}
