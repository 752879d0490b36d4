package uk.gov.sli.signoff;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import uk.gov.sli.rules.Quarter;

/** A change that alters a signed-off quarter (rule 10): what changed, from what to what, and why. */
@Entity
@Table(name = "restatement")
public class Restatement extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    @JsonIgnore
    public Long id;

    @Column(name = "year_id", nullable = false, length = 7)
    @JsonIgnore
    public String yearId;

    @Column(name = "quarter", nullable = false)
    @JsonIgnore
    public short quarter;

    @Column(name = "code", length = 20)
    public String code;

    @Column(name = "field", nullable = false, length = 40)
    public String field;

    @Column(name = "from_value")
    @JsonProperty("from")
    public String fromValue;

    @Column(name = "to_value")
    @JsonProperty("to")
    public String toValue;

    @Column(name = "reason", nullable = false)
    public String reason;

    @Column(name = "username", nullable = false, length = 64)
    @JsonProperty("by")
    public String username;

    @Column(name = "at", nullable = false)
    public OffsetDateTime at;

    @JsonProperty("quarter")
    public String quarterName() {
        return Quarter.of(quarter).name();
    }
}
