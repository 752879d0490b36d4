package uk.gov.sli.mou;

import uk.gov.sli.rules.ConflictException;

/** Someone else changed the figure since the editor loaded it; carries what is stored now. */
public class StaleFigureException extends ConflictException {

    private final transient QuarterlyFigure stored;

    public StaleFigureException(String message, QuarterlyFigure stored) {
        super(message, stored == null ? null
                : FigureService.FigureView.of(stored.target.code, stored.quarter(), stored));
        this.stored = stored;
    }

    /** The figure as stored now, for the form to show beside what was typed. */
    public QuarterlyFigure stored() {
        return stored;
    }
}
