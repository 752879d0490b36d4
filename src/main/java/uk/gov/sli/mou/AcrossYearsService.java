package uk.gov.sli.mou;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import uk.gov.sli.rules.InvalidInputException;
import uk.gov.sli.rules.Quarter;

/** Year on year: targets sharing a code or a theme, each year as at its latest reported quarter. */
@ApplicationScoped
public class AcrossYearsService {

    public record YearLine(String year, String label, String quarter, DeliverableRow target) {
    }

    @Inject
    DeliverablesService deliverables;

    @Transactional
    public List<YearLine> compare(String code, String theme) {
        boolean byCode = code != null && !code.isBlank();
        if (byCode == (theme != null && !theme.isBlank())) {
            throw new InvalidInputException("give either code or theme");
        }
        List<YearLine> lines = new ArrayList<>();
        for (MouYear year : MouYear.<MouYear>list("order by id")) {
            Quarter quarter = deliverables.quarterOrLatest(year.id, null);
            for (DeliverableRow row : deliverables.asAt(year.id, quarter).targets()) {
                boolean matches = byCode ? row.code().equalsIgnoreCase(code.trim()) : row.theme().equalsIgnoreCase(theme.trim());
                if (matches) {
                    lines.add(new YearLine(year.id, year.label, quarter.name(), row));
                }
            }
        }
        return lines;
    }
}
