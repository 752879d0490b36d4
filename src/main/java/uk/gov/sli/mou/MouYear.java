package uk.gov.sli.mou;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.ws.rs.NotFoundException;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

import uk.gov.sli.rules.InvalidInputException;
import uk.gov.sli.rules.Numbers;
import uk.gov.sli.rules.YearId;

/** One MoU year, 1 April to 31 March: {@code 2015-16} in URLs, {@code 2015/16} on screen. */
@Entity
@Audited
@Table(name = "mou_year")
public class MouYear extends PanacheEntityBase {

    /** The longest department name a year takes (the column's length). */
    static final int DEPARTMENT_LENGTH = 100;

    /** What a year is created or updated from; checked by {@link #upsert}. */
    public record YearInput(
            @Schema(pattern = "\\d{4}/\\d{2}", description = "defaults to the year's own label, 2015/16 for 2015-16") String label,
            @Schema(required = true, minLength = 1, maxLength = DEPARTMENT_LENGTH) String department,
            BigDecimal grant) {
    }

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
    @NotAudited
    public long dataVersion;

    /** The year, or 404. */
    public static MouYear require(String id) {
        return MouYear.<MouYear>findByIdOptional(id).orElseThrow(() -> new NotFoundException("No MoU year '" + id + "'"));
    }

    /** Every year, latest first. */
    public static List<MouYear> latestFirst() {
        return list("order by id desc");
    }

    /** The year an officer most likely wants: the latest one with targets (a year may hold headlines only). */
    public static Optional<MouYear> latest() {
        Optional<MouYear> withTargets = find("from MouYear y where exists (select 1 from Target t where t.yearId = y.id) "
                + "order by y.id desc").firstResultOptional();
        return withTargets.isPresent() ? withTargets : find("order by id desc").firstResultOptional();
    }

    /** Creates or updates a year (in the caller's transaction); answers whether it was created. */
    public static boolean upsert(String id, YearInput input) {
        YearId yearId = YearId.parse(id);
        if (input == null) {
            throw new InvalidInputException("the year is sent as JSON: {\"department\": ..., \"label\": ..., \"grant\": ...}");
        }
        String label = input.label() == null ? yearId.label() : input.label();
        if (!label.equals(yearId.label())) {
            throw new InvalidInputException("label", "label " + label + " does not match year " + id + " (expected "
                    + yearId.label() + ")");
        }
        if (input.department() == null || input.department().isBlank()) {
            throw new InvalidInputException("department", "department is required");
        }
        if (input.department().trim().length() > DEPARTMENT_LENGTH) {
            throw new InvalidInputException("department", "department must be at most " + DEPARTMENT_LENGTH
                    + " characters (this one has " + input.department().trim().length() + ")");
        }
        MouYear year = MouYear.<MouYear>findByIdOptional(id).orElse(null);
        boolean created = year == null;
        if (created) {
            year = new MouYear();
            year.id = id;
        }
        year.label = label;
        year.department = uk.gov.sli.tables.Text.checkControls(input.department().trim());
        year.grantAmount = input.grant() == null ? null : Numbers.check(input.grant(), Numbers.Range.GRANT);
        if (created) {
            year.persist();
        }
        return created;
    }
}
