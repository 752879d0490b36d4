package uk.gov.sli.returns;

import java.time.OffsetDateTime;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import uk.gov.sli.rules.ReturnRules.State;

/** One transition of a return item, with who and when. */
@Entity
@Table(name = "return_event")
public class ReturnEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "return_event_ids")
    @jakarta.persistence.SequenceGenerator(name = "return_event_ids", sequenceName = "return_event_id_seq", allocationSize = 50)
    @Column(name = "id")
    public Long id;

    @Column(name = "item_id", nullable = false)
    public Long itemId;

    @Column(name = "at", nullable = false)
    public OffsetDateTime at;

    @Column(name = "username", nullable = false, length = 64)
    public String username;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", length = 12)
    public State fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false, length = 12)
    public State toState;

    @Column(name = "comment")
    public String comment;
}
