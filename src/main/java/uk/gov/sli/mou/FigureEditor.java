package uk.gov.sli.mou;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * The one place figures change, whether from an import, the API or a form, so that every rule about
 * changing a figure applies to all of them alike.
 */
@ApplicationScoped
public class FigureEditor {

    @Transactional
    public void applyAll(List<FigureChange> changes) {
        for (FigureChange change : changes) {
            apply(change);
        }
    }

    @Transactional
    public QuarterlyFigure apply(FigureChange change) {
        QuarterlyFigure figure = change.target().figure(change.quarter()).orElse(null);
        if (figure == null) {
            figure = QuarterlyFigure.blank(change.target(), change.quarter());
            change.target().figures.add(figure);
        }
        figure.value = change.value().or(figure.value);
        figure.commentary = change.commentary().or(figure.commentary);
        figure.ragOverride = change.ragOverride().or(figure.ragOverride);
        figure.ragReason = change.ragReason().or(figure.ragReason);
        if (figure.id == null) {
            figure.persist();
        }
        return figure;
    }
}
