package uk.gov.sli.mou;

import java.math.BigDecimal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

@ApplicationScoped
public class YearService {

    public record YearInput(@Pattern(regexp = "\\d{4}/\\d{2}", message = "label must look like 2015/16") String label,
            @NotBlank(message = "department is required") @Size(max = 100) String department,
            @PositiveOrZero(message = "grant must not be negative") BigDecimal grant) {
    }

    /** Creates or updates a year; answers whether it was created. */
    @Transactional
    public boolean upsert(String id, YearInput input) {
        MouYears.checkId(id);
        String label = input.label() == null ? MouYears.labelOf(id) : input.label();
        if (!label.equals(MouYears.labelOf(id))) {
            throw new IllegalArgumentException("label " + label + " does not match year " + id + " (expected "
                    + MouYears.labelOf(id) + ")");
        }
        if (input.department() == null || input.department().isBlank()) {
            throw new IllegalArgumentException("department is required");
        }
        MouYear year = MouYear.<MouYear>findByIdOptional(id).orElse(null);
        boolean created = year == null;
        if (created) {
            year = new MouYear();
            year.id = id;
        }
        year.label = label;
        year.department = input.department().trim();
        year.grantAmount = input.grant();
        if (created) {
            year.persist();
        }
        return created;
    }
}
