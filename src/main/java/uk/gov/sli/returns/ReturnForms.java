package uk.gov.sli.returns;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import uk.gov.sli.mou.DeliverableRow;
import uk.gov.sli.mou.DeliverablesService;
import uk.gov.sli.mou.FigureForms;
import uk.gov.sli.rules.Quarter;

/** What an owner's form for one target shows: the MoU text, last quarter, the figures to date and where it stands. */
@ApplicationScoped
public class ReturnForms {

    public record ItemPage(FigureForms.Page figure, DeliverableRow row, BigDecimal previous, Quarter previousQuarter,
            ReturnService.ItemView item, LocalDate due) {
    }

    @Inject
    FigureForms figures;

    @Inject
    DeliverablesService deliverables;

    @Inject
    ReturnService returns;

    @Transactional
    public ItemPage page(String yearId, Quarter quarter, String code) {
        FigureForms.Page figure = figures.page(yearId, code, quarter);
        DeliverableRow row = deliverables.asAt(yearId, quarter).targets().stream().filter(r -> r.code().equals(code))
                .findFirst().orElseThrow();
        Quarter previous = quarter.previous();
        return new ItemPage(figure, row, previous == null ? null : row.quarters().get(previous.name()), previous,
                returns.itemOf(yearId, quarter, code), returns.dueDate(yearId, quarter));
    }
}
